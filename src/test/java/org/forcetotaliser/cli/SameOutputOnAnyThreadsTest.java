package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.calc.RandomPortfolio;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the files on several threads changes no byte of any command's output: a portfolio read
 * and appraised on a pool (shared out from one item), with problems in several files, gives the
 * same standard output, standard error and exit code with {@code -Dtotaliser.threads=1}
 * (sequential) as with 2 and 4 threads.
 */
class SameOutputOnAnyThreadsTest {
  private static final String AS_OF = "2026-27 Q2";
  private static final String THREADS = "totaliser.threads";

  @Test
  void everyCommandIsByteIdenticalOnOneThreadAndOnSeveral(@TempDir Path tmp) throws IOException {
    RandomPortfolio g = new RandomPortfolio(907);
    List<Project> projects = g.projects(70);
    Actuals actuals = g.actuals(projects, Quarter.parse(AS_OF));
    Path good = tmp.resolve("good");
    PortfolioFiles.write(good, true, projects, actuals);
    splitActuals(good.resolve("actuals"), 5);
    // the same with problems in several files, projects and actuals
    Path broken = tmp.resolve("broken");
    PortfolioFiles.write(broken, true, projects, actuals);
    splitActuals(broken.resolve("actuals"), 5);
    Files.writeString(broken.resolve("projects/p003.yaml"), "id: p003\nname: [unclosed\n");
    Files.writeString(
        broken.resolve("projects/p017.yaml"),
        Files.readString(broken.resolve("projects/p017.yaml")) + "colour: blue\n");
    Files.writeString(
        broken.resolve("projects/p040.yaml"),
        Files.readString(broken.resolve("projects/p040.yaml"))
            .replace("stage: ", "stage: nearly-"));
    Files.writeString(
        broken.resolve("actuals/zz-extra.csv"),
        "project,item,period,actual\n"
            + "p002,b0,2025-13,1\np002,b0,2026-27 Q1,x\n"
            + Files.readString(broken.resolve("actuals/returns-1.csv"))
                .lines()
                .skip(1)
                .limit(3)
                .map(l -> l + "\n")
                .reduce("", String::concat));

    List<List<String>> commands = new ArrayList<>();
    for (Path dir : List.of(good, broken)) {
      commands.add(List.of("check", dir.toString()));
      commands.add(List.of("check", "--format", "json", dir.toString()));
    }
    String dir = good.toString();
    commands.add(List.of("estimate", "--by-year", "--format", "json", dir));
    for (String format : List.of("table", "json")) {
      commands.add(List.of("reconcile", "--as-of", AS_OF, "--format", format, dir));
      commands.add(List.of("total", "--as-of", AS_OF, "--format", format, dir));
    }
    commands.add(List.of("template", "actuals", "--as-of", AS_OF, "--format", "csv", dir));
    commands.add(List.of("explain", projects.get(1).id(), dir));
    commands.add(List.of("total", "--as-of", AS_OF, broken.toString()));

    String before = System.getProperty(THREADS);
    String from = System.getProperty(Pool.FROM);
    // from 1 item: every list is shared out, whatever the pool's default threshold
    System.setProperty(Pool.FROM, "1");
    try {
      for (List<String> args : commands) {
        String[] a = args.toArray(new String[0]);
        System.setProperty(THREADS, "1");
        MainTest.Run one = MainTest.run(a);
        if (args.contains(dir)) {
          assertThat(one.code()).as(String.join(" ", args) + "\n" + one.err()).isEqualTo(Main.OK);
          assertThat(one.out()).isNotEmpty();
        } else {
          assertThat(one.code()).as(String.join(" ", args)).isEqualTo(Main.INPUT_ERRORS);
        }
        if (args.contains("json") && !args.contains(dir)) {
          assertThat(one.out() + one.err())
              .contains(
                  "yaml-syntax",
                  "unknown-key",
                  "unknown-stage",
                  "bad-period",
                  "bad-csv",
                  "duplicate-actual");
        }
        for (String threads : List.of("2", "4")) {
          System.setProperty(THREADS, threads);
          assertThat(MainTest.run(a)).as("%s on %s threads", args, threads).isEqualTo(one);
        }
      }
    } finally {
      if (from == null) {
        System.clearProperty(Pool.FROM);
      } else {
        System.setProperty(Pool.FROM, from);
      }
      if (before == null) {
        System.clearProperty(THREADS);
      } else {
        System.setProperty(THREADS, before);
      }
    }
  }

  /** Deals the rows of returns.csv into {@code n} files, each with the header. */
  private static void splitActuals(Path dir, int n) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("returns.csv"), StandardCharsets.UTF_8);
    List<StringBuilder> files = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      files.add(new StringBuilder(lines.get(0)).append('\n'));
    }
    for (int i = 1; i < lines.size(); i++) {
      files.get(i % n).append(lines.get(i)).append('\n');
    }
    Files.delete(dir.resolve("returns.csv"));
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve("returns-" + i + ".csv"), files.get(i), StandardCharsets.UTF_8);
    }
  }
}
