package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The number of threads changes nothing: every report and every warning is byte-for-byte the same
 * on one thread as on several, on a portfolio large enough to be shared out.
 */
class ThreadsTest {
  /** Copies of the example projects: 30 of each, well above the size where threads start. */
  private static final int PROJECTS = 300;

  @Test
  void oneThreadAndSeveralWriteTheSameReports(@TempDir Path tmp) throws Exception {
    Path portfolio = tmp.resolve("many");
    AtomicOutputTest.manyProjects(portfolio, PROJECTS);
    copiesOfTheActuals(portfolio, PROJECTS);
    List<List<String>> runs =
        List.of(
            List.of("check", portfolio.toString()),
            List.of("estimate", portfolio.toString(), "--by-year", "--format", "json"),
            List.of(
                "reconcile",
                portfolio.toString(),
                "--as-of",
                "2025-26 Q3",
                "--by-quarter",
                "--format",
                "json"),
            List.of("total", portfolio.toString(), "--as-of", "2025-26 Q3", "--format", "json"));
    for (List<String> args : runs) {
      String[] one = run(tmp, "1", args);
      String[] three = run(tmp, "3", args);
      assertThat(three[0]).as("stdout of %s", args).isEqualTo(one[0]);
      assertThat(three[1]).as("stderr of %s", args).isEqualTo(one[1]);
    }
    // the comparison covered real output and warnings found while calculating
    String[] total = run(tmp, "3", runs.get(3));
    assertThat(total[0]).contains("\"kind\": \"possible\"").contains("\"planned_value_to_date\"");
    assertThat(total[1]).contains("[actual-after-as-of]").contains("more warnings");
  }

  /** stdout and stderr of {@code totaliser ARGS} run with {@code -Dtotaliser.threads=N}. */
  private static String[] run(Path tmp, String threads, List<String> args) throws Exception {
    Path logs = Files.createDirectories(tmp.resolve("logs-" + threads));
    // from 1 item: every list is shared out, whatever the pool's default threshold
    Process p =
        ChildJvm.start(
            logs,
            List.of(
                "-Dtotaliser.threads=" + threads,
                "-Dtotaliser.threads.from=1",
                "-Xmx512m",
                "-Dtotaliser.today=2026-11-23"),
            args.toArray(String[]::new));
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
    String out = Files.readString(logs.resolve("stdout.txt"));
    String err = Files.readString(logs.resolve("stderr.txt"));
    assertThat(err).as("no internal error").doesNotContain("Exception");
    assertThat(out).isNotEmpty();
    return new String[] {out, err};
  }

  /**
   * The example actuals, once for each copy of a project: a row of project {@code X} becomes a row
   * of every copy {@code X-i}.
   */
  static void copiesOfTheActuals(Path dir, int n) throws IOException {
    List<String> ids = new ArrayList<>();
    try (Stream<Path> s = Files.list(HostileFilesTest.EXAMPLES.resolve("projects"))) {
      Pattern id = Pattern.compile("(?m)^id: (\\S+)");
      for (Path p : s.sorted().toList()) {
        Matcher m = id.matcher(Files.readString(p));
        ids.add(m.find() ? m.group(1) : null);
      }
    }
    Path actuals = Files.createDirectories(dir.resolve("actuals"));
    try (Stream<Path> s = Files.list(HostileFilesTest.EXAMPLES.resolve("actuals"))) {
      for (Path csv : s.sorted().toList()) {
        List<String> lines = Files.readAllLines(csv);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
          String project = line.substring(0, line.indexOf(','));
          for (int i = 0; i < n; i++) {
            if (project.equals(ids.get(i % ids.size()))) {
              out.add(project + "-" + i + line.substring(line.indexOf(',')));
            }
          }
        }
        Files.write(actuals.resolve(csv.getFileName()), out);
      }
    }
  }
}
