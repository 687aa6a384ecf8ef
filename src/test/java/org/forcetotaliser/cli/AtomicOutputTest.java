package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o FILE} replaces a file whole or not at all, and nothing is ever written where the input
 * is read from.
 */
class AtomicOutputTest {
  private static final String OLD = "the previous output, which must survive\n";

  /** Projects in the generated portfolio: about 10 kB of JSON each, so a 5 MB write. */
  private static final int PROJECTS = 500;

  @Test
  void killedMidWriteLeavesThePreviousFileIntact(@TempDir Path tmp) throws Exception {
    Path portfolio = tmp.resolve("many");
    manyProjects(portfolio, PROJECTS);
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path target = out.resolve("estimate.json");
    int caught = 0;
    List<String> outcomes = new ArrayList<>();
    for (int attempt = 0; attempt < 3 && caught == 0; attempt++) {
      Files.writeString(target, OLD);
      Process p =
          ChildJvm.start(
              tmp,
              List.of("-Xmx512m"),
              "estimate",
              "--by-year",
              "--format",
              "json",
              "-o",
              target.toString(),
              portfolio.toString());
      boolean sawTemp = false;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (p.isAlive() && System.nanoTime() < deadline) {
        if (!temporaries(out).isEmpty()) {
          p.destroyForcibly();
          sawTemp = true;
          break;
        }
        Thread.onSpinWait();
      }
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      String now = Files.readString(target, StandardCharsets.UTF_8);
      if (sawTemp && now.equals(OLD)) {
        caught++;
        outcomes.add("killed mid-write: old file intact");
      } else {
        // too late: the rename had happened. Then the file must be the whole new output.
        assertThat(now)
            .as("attempt %d, exit %s", attempt, p.exitValue())
            .startsWith("{")
            .endsWith("}\n");
        outcomes.add("finished first (" + now.length() + " characters)");
      }
      // a killed writer may leave its temporary file behind, never a half target
      for (Path t : temporaries(out)) {
        Files.delete(t);
      }
    }
    assertThat(caught).as("attempts: %s", outcomes).isEqualTo(1);
  }

  /** Temporary files of an atomic write in {@code dir}. */
  private static List<Path> temporaries(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("\\.estimate\\.json\\..+\\.tmp"))
          .toList();
    }
  }

  /** The examples' projects copied round under new ids until there are {@code n}. */
  static void manyProjects(Path dir, int n) throws IOException {
    Path projects = Files.createDirectories(dir.resolve("projects"));
    Files.copy(HostileFilesTest.EXAMPLES.resolve("force.yaml"), dir.resolve("force.yaml"));
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(HostileFilesTest.EXAMPLES.resolve("projects"))) {
      for (Path p : s.sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    for (int i = 0; i < n; i++) {
      String text =
          texts
              .get(i % texts.size())
              .replaceFirst("(?m)^id: (\\S+)", "id: $1-" + i)
              .replaceAll("(?m)^\\s*claim: .*$", "");
      Files.writeString(projects.resolve("p" + i + ".yaml"), text);
    }
  }

  /**
   * Estimates and reconciliations in JSON are written while they are made; a warning found while
   * calculating still stops them under --strict before anything reaches the output.
   */
  @Test
  void aStreamedReportThatFailsLateWritesNothing(@TempDir Path tmp) throws IOException {
    String overlaps = "src/test/resources/portfolios/overlaps";
    Path target = tmp.resolve("estimate.json");
    Files.writeString(target, OLD);
    // no-multiplier is found by the appraisal, after the first projects were written
    Cli toFile =
        Cli.run("estimate", overlaps, "--strict", "--format", "json", "-o", target.toString());
    assertThat(toFile.code()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(toFile.err()).contains("[no-multiplier]").contains("nothing written");
    assertThat(Files.readString(target)).isEqualTo(OLD);
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("estimate.json");
    }
    Cli toStdout = Cli.run("estimate", overlaps, "--strict", "--format", "json");
    assertThat(toStdout.code()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(toStdout.out()).isEmpty();
    // actual-after-as-of is found by the reconciliation
    Cli reconcile =
        Cli.run("reconcile", overlaps, "--as-of", "2025-26 Q2", "--strict", "--format", "json");
    assertThat(reconcile.code()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(reconcile.err()).contains("[actual-after-as-of]");
    assertThat(reconcile.out()).isEmpty();
    // without --strict the same runs deliver the whole document
    Cli ok = Cli.run("estimate", overlaps, "--format", "json", "-o", target.toString());
    assertThat(ok.code()).isEqualTo(Main.OK);
    assertThat(Files.readString(target))
        .startsWith("{\n  \"schema\": ")
        .endsWith("}\n")
        .isEqualTo(Cli.run("estimate", overlaps, "--format", "json").out());
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndANewOneGetsTheUsualOnes(@TempDir Path tmp)
      throws IOException {
    Path usual = Files.createFile(tmp.resolve("usual"));
    Set<PosixFilePermission> defaults;
    try {
      defaults = Files.getPosixFilePermissions(usual);
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no POSIX permissions here");
      return;
    }
    Path fresh = tmp.resolve("fresh.json");
    AtomicFile.write(fresh, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(defaults);

    Path shared = Files.writeString(tmp.resolve("shared.json"), OLD);
    Set<PosixFilePermission> rw = PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(shared, rw);
    AtomicFile.write(shared, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.getPosixFilePermissions(shared)).isEqualTo(rw);
    assertThat(Files.readString(shared)).isEqualTo("{}");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("usual", "fresh.json", "shared.json");
    }
  }

  @Test
  void noCommandWritesInsideTheInputFolders(@TempDir Path tmp) throws IOException {
    Path copy = tmp.resolve("examples");
    HostileFilesTest.copy(HostileFilesTest.EXAMPLES, copy);
    Map<String, String> before = tree(copy);
    String p = copy.toString();
    String asOf = "2026-27 Q2";
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"check", p});
    commands.add(new String[] {"check", "--format", "json", p});
    for (String format : List.of("table", "csv", "json", "markdown")) {
      commands.add(new String[] {"estimate", "--format", format, p});
      commands.add(new String[] {"reconcile", "--as-of", asOf, "--format", format, p});
      commands.add(new String[] {"total", "--as-of", asOf, "--format", format, p});
    }
    commands.add(new String[] {"estimate", "--by-year", "--scenarios", "--simulate", "200", p});
    commands.add(new String[] {"total", "--as-of", asOf, "--by", "building-block", p});
    commands.add(new String[] {"explain", "youth-knife-diversion", p});
    commands.add(new String[] {"template", "actuals", "--as-of", asOf, p});
    commands.add(new String[] {"reference"});
    commands.add(new String[] {"schema", "project"});
    Path out = Files.createDirectories(tmp.resolve("out"));
    commands.add(
        new String[] {"estimate", "--format", "xlsx", "-o", out.resolve("e.xlsx").toString(), p});
    commands.add(
        new String[] {"report", "--as-of", asOf, "-o", out.resolve("pack.html").toString(), p});
    commands.add(
        new String[] {
          "report",
          "--as-of",
          asOf,
          "--format",
          "xlsx",
          "-o",
          out.resolve("pack.xlsx").toString(),
          p
        });
    commands.add(new String[] {"init", out.resolve("new").toString()});
    for (String[] args : commands) {
      MainTest.Run r = MainTest.run(args);
      assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(Main.OK);
      assertThat(tree(copy)).as(String.join(" ", args)).isEqualTo(before);
    }
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("e.xlsx", "pack.html", "pack.xlsx", "new");
    }
  }

  /** Every file and folder under {@code root}, with each file's size and last change. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        m.put(
            root.relativize(p).toString(),
            Files.isDirectory(p)
                ? "folder"
                : Files.size(p)
                    + " bytes, "
                    + Files.getLastModifiedTime(p)
                    + ", "
                    + Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(p))));
      }
    }
    return m;
  }
}
