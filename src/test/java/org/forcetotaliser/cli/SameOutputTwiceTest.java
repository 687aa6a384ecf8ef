package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.forcetotaliser.calc.RandomPortfolio;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same input gives byte-identical output in every format of every command: table, csv, json and
 * markdown on standard output, xlsx and the html board pack through {@code -o}. Output that changed
 * with the clock would pass a same-second comparison, so no output may hold today's date either
 * (the portfolios are dated from quarters, never from the clock).
 */
class SameOutputTwiceTest {
  private static final String AS_OF = "2026-27 Q2";

  @ParameterizedTest
  @ValueSource(longs = {201})
  void everyFormatOfEveryCommandIsByteIdenticalTwice(long seed, @TempDir Path tmp)
      throws IOException {
    RandomPortfolio g = new RandomPortfolio(seed);
    List<Project> projects = g.projects(12);
    Actuals actuals = g.actuals(projects, Quarter.parse(AS_OF));
    Path p = tmp.resolve("p");
    PortfolioFiles.write(p, true, projects, actuals);
    String dir = p.toString();
    List<List<String>> text = new ArrayList<>();
    for (String format : List.of("table", "csv", "json", "markdown")) {
      text.add(
          List.of(
              "estimate",
              "--by-year",
              "--scenarios",
              "--simulate",
              "200",
              "--format",
              format,
              dir));
      text.add(List.of("reconcile", "--as-of", AS_OF, "--format", format, dir));
      text.add(List.of("total", "--as-of", AS_OF, "--format", format, dir));
      text.add(List.of("total", "--as-of", AS_OF, "--by", "area", "--format", format, dir));
    }
    for (String format : List.of("table", "csv", "markdown")) {
      text.add(List.of("template", "actuals", "--as-of", AS_OF, "--format", format, dir));
    }
    for (String format : List.of("table", "markdown")) {
      text.add(List.of("explain", projects.get(0).id(), "--format", format, dir));
    }
    text.add(List.of("check", "--format", "json", dir));
    for (List<String> args : text) {
      byte[] first = stdout(args);
      assertThat(stdout(args)).as(String.join(" ", args)).isEqualTo(first);
      assertNoDateOfToday(String.join(" ", args), first);
    }

    List<List<String>> files = new ArrayList<>();
    for (String command : List.of("estimate", "reconcile", "total")) {
      files.add(List.of(command, "--as-of", AS_OF, "--format", "xlsx"));
    }
    files.set(0, List.of("estimate", "--by-year", "--format", "xlsx"));
    files.add(List.of("report", "--as-of", AS_OF, "--format", "html"));
    files.add(List.of("report", "--as-of", AS_OF, "--format", "xlsx"));
    int n = 0;
    for (List<String> args : files) {
      String ext = args.get(args.size() - 1);
      Path a = tmp.resolve("a" + n + "." + ext);
      Path b = tmp.resolve("b" + n + "." + ext);
      n++;
      stdout(with(args, "-o", a.toString(), dir));
      stdout(with(args, "-o", b.toString(), dir));
      byte[] first = Files.readAllBytes(a);
      assertThat(first).as(String.join(" ", args)).isNotEmpty();
      assertThat(Files.readAllBytes(b)).as(String.join(" ", args)).isEqualTo(first);
      assertNoDateOfToday(String.join(" ", args), ext.equals("xlsx") ? unzipped(first) : first);
    }
  }

  private static List<String> with(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }

  /** Every entry of a zip (an xlsx workbook) one after another. */
  private static byte[] unzipped(byte[] zip) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        all.write(e.getName().getBytes(StandardCharsets.UTF_8));
        in.transferTo(all);
      }
    }
    return all.toByteArray();
  }

  private static void assertNoDateOfToday(String what, byte[] output) {
    String s = new String(output, StandardCharsets.UTF_8);
    LocalDate today = LocalDate.now();
    for (String form :
        List.of(
            today.toString(),
            today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)),
            today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK)))) {
      assertThat(s).as(what).doesNotContain(form);
    }
  }

  private static byte[] stdout(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args.toArray(new String[0]));
    assertThat(code)
        .as(String.join(" ", args) + "\n" + err.toString(StandardCharsets.UTF_8))
        .isEqualTo(Main.OK);
    return out.toByteArray();
  }
}
