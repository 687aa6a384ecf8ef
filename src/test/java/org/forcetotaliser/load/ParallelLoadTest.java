package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loading on several threads gives what loading on one gives: the same portfolio, the same
 * locations, and the same diagnostics in the same order, on every portfolio the tests hold, on
 * generated ones, and on inputs with errors in many files at once. Each load on several threads is
 * repeated, so that different timings of the threads are seen.
 */
class ParallelLoadTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/check");
  static final int[] THREADS = {2, 3, 4, 8};
  static final int ROUNDS = 3;

  @TempDir static Path tmp;

  /** A portfolio from bench/GeneratePortfolio.java: 12 actuals files, one per quarter. */
  static Path generated;

  @BeforeAll
  static void generate() throws IOException, InterruptedException {
    generated = tmp.resolve("generated");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "bench/GeneratePortfolio.java",
                generated.toString(),
                "150",
                "7")
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("generate.log").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the generator finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("generate.log"))).isZero();
  }

  /** Everything a load found, in a form that compares every detail, locations included. */
  record Outcome(
      List<Diagnostic> diagnostics,
      Object settings,
      List<Project> projects,
      Map<Actuals.Key, ?> actuals,
      List<String> locations,
      String label,
      int projectFiles,
      int actualsFiles) {}

  static Outcome outcome(LoadResult r) {
    List<String> locations = new ArrayList<>();
    SourceMap sources = r.sources();
    java.util.function.Function<Object, Object> s = owner -> sources.fields.get(owner);
    locations.add("force " + s.apply(r.portfolio().settings()));
    for (Project p : r.portfolio().projects()) {
      locations.add(p.id() + " " + s.apply(p));
      for (Cost c : p.costs()) {
        locations.add(p.id() + "/" + c.id() + " " + s.apply(c));
      }
      for (Benefit b : p.benefits()) {
        locations.add(p.id() + "/" + b.id() + " " + s.apply(b));
      }
    }
    for (Actuals.Key k : r.portfolio().actuals().all().keySet()) {
      locations.add(
          k + " " + sources.atKey(k, "project", null) + " " + sources.atKey(k, "item", null));
    }
    return new Outcome(
        r.diagnostics(),
        r.portfolio().settings(),
        r.portfolio().projects(),
        r.portfolio().actuals().all(),
        locations,
        r.label(),
        r.projectFiles(),
        r.actualsFiles());
  }

  static LoadResult load(List<String> paths, byte[] stdin, int threads) {
    return PortfolioLoader.load(
        paths, new ByteArrayInputStream(stdin), new org.forcetotaliser.cli.Pool(threads, 1));
  }

  /** Loads on one thread, then on several, again and again: always the same outcome. */
  static Outcome assertSameOnAnyThreads(List<String> paths, byte[] stdin) {
    Outcome one = outcome(load(paths, stdin, 1));
    for (int threads : THREADS) {
      for (int round = 0; round < ROUNDS; round++) {
        assertThat(outcome(load(paths, stdin, threads)))
            .as("%s on %d threads, round %d", paths, threads, round)
            .isEqualTo(one);
      }
    }
    // as the tool loads, with however many threads it chooses
    assertThat(outcome(PortfolioLoader.load(paths, new ByteArrayInputStream(stdin))))
        .isEqualTo(one);
    return one;
  }

  static final byte[] NO_STDIN = new byte[0];

  @Test
  void examples() {
    Outcome o = assertSameOnAnyThreads(List.of("examples"), NO_STDIN);
    assertThat(o.projects()).hasSize(10);
    assertThat(o.actualsFiles()).isEqualTo(4);
  }

  @Test
  void testPortfolios() {
    assertSameOnAnyThreads(List.of("src/test/resources/load/portfolio"), NO_STDIN);
    assertSameOnAnyThreads(List.of("src/test/resources/portfolios/overlaps"), NO_STDIN);
  }

  static Stream<String> goldenCases() throws IOException {
    try (Stream<Path> s = Files.list(GOLDEN)) {
      return s
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  /** The paths a golden case's command names (as GoldenCheckTest runs it), options left out. */
  static List<String> goldenPaths(Path dir) throws IOException {
    List<String> given = new ArrayList<>();
    Path cmd = dir.resolve("cmd");
    if (Files.exists(cmd)) {
      given.addAll(List.of(Files.readString(cmd).strip().split("\\s+")));
      given.remove(0);
    } else {
      try (Stream<Path> s = Files.list(dir)) {
        s.map(p -> p.getFileName().toString())
            .filter(n -> !List.of("expected.txt", "cmd", "stdin.yaml").contains(n))
            .sorted()
            .forEach(given::add);
      }
    }
    List<String> paths = new ArrayList<>();
    for (String a : given) {
      if (!a.startsWith("--")) {
        paths.add(a.equals("-") ? a : dir + "/" + a);
      }
    }
    return paths;
  }

  static byte[] stdin(Path dir) throws IOException {
    Path f = dir.resolve("stdin.yaml");
    return Files.exists(f) ? Files.readAllBytes(f) : NO_STDIN;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void goldenCase(String name) throws IOException {
    Path dir = GOLDEN.resolve(name);
    assertSameOnAnyThreads(goldenPaths(dir), stdin(dir));
  }

  /** Every golden case's files in one load, and standard input twice: errors everywhere. */
  @Test
  void everyGoldenCaseAtOnce() throws IOException {
    List<String> paths = new ArrayList<>();
    for (String name : goldenCases().toList()) {
      paths.addAll(goldenPaths(GOLDEN.resolve(name)));
    }
    paths.add("-");
    Outcome o = assertSameOnAnyThreads(paths, stdin(GOLDEN.resolve("stdin")));
    assertThat(o.diagnostics()).hasSizeGreaterThan(50);
    assertThat(o.diagnostics())
        .extracting(Diagnostic::rule)
        .contains(
            "yaml-syntax",
            "duplicate-actual",
            "bad-csv",
            "unreadable-file",
            "unknown-key",
            "empty-file");
  }

  @Test
  void generatedPortfolio() {
    Outcome o = assertSameOnAnyThreads(List.of(generated.toString()), NO_STDIN);
    assertThat(o.projects()).hasSize(150);
    assertThat(o.actualsFiles()).isEqualTo(12);
    assertThat(o.diagnostics()).isEmpty();
  }

  /** The generated portfolio with problems put into many of its project and actuals files. */
  @Test
  void generatedPortfolioWithErrorsInManyFiles() throws IOException {
    Path dir = tmp.resolve("broken");
    copy(generated, dir);
    List<Path> projects;
    try (Stream<Path> s = Files.walk(dir.resolve("projects"))) {
      projects = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (int i = 0; i < projects.size(); i += 9) {
      Path f = projects.get(i);
      String text = Files.readString(f);
      Files.writeString(
          f,
          switch ((i / 9) % 6) {
            case 0 -> text + "colour: blue\n";
            case 1 -> text.replace("\n  - id:", "\n\t- id:");
            case 2 -> text.replaceFirst("stage: \\w+", "stage: [unclosed");
            case 3 -> text.replaceFirst("start: ", "start: 2025-26 Q9 # ");
            case 4 -> text.replaceFirst("id: (p\\d+)", "id: Not An Id");
            default -> "";
          });
    }
    Files.write(projects.get(5), new byte[] {'i', 'd', ':', ' ', (byte) 0xE9, '\n'});
    Files.writeString(
        projects.get(7).resolveSibling("copy-of-one.yaml"), Files.readString(projects.get(8)));
    Path actuals = dir.resolve("actuals");
    String header = "project,item,period,actual\n";
    // rows of one item-quarter spread over files: months apart (summed), a month twice, a
    // quarter row over months, a duplicate inside a file, a file of more than 100 problems
    Files.writeString(
        actuals.resolve("extra-a.csv"),
        header + "p00001,extra,2025-04,1\np00001,extra-q,2025-05,1\np00002,bad,2025-04,x\n");
    Files.writeString(
        actuals.resolve("extra-b.csv"),
        header + "p00001,extra,2025-05,2\np00001,extra-q,2025-26 Q1,1\n");
    Files.writeString(
        actuals.resolve("extra-c.csv"),
        header + "p00001,extra,2025-04,3\np00003,twice,2025-06,1\np00003,twice,2025-06,1\n");
    Files.writeString(
        actuals.resolve("zz-many.csv"),
        header + "p00001,extra,2025-05,1\n".repeat(70) + "p00004,x,2025-13,1\n".repeat(40));
    Files.write(
        actuals.resolve("zz-latin1.csv"),
        (header + "p00001,caf\u00e9,2025-04,1\n").getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(actuals.resolve("zz-no-header.csv"), "p00001,x,2025-04,1\n");
    String quarterFile = Files.readString(actuals.resolve("return-2025-26-Q2.csv"));
    Files.writeString(
        actuals.resolve("return-2025-26-Q2-again.csv"),
        quarterFile.substring(0, quarterFile.indexOf('\n', 2000) + 1));

    Outcome o = assertSameOnAnyThreads(List.of(dir.toString()), NO_STDIN);
    assertThat(o.diagnostics())
        .extracting(Diagnostic::rule)
        .contains(
            "unknown-key",
            "yaml-syntax",
            "bad-period",
            "bad-id",
            "empty-file",
            "unreadable-file",
            "duplicate-actual",
            "bad-csv");
    assertThat(o.diagnostics().stream().map(d -> d.location().file()).distinct().count())
        .isGreaterThan(20);
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
