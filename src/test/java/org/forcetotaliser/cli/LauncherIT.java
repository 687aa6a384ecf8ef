package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a user installs it: unpacked, its launcher called through symbolic
 * links from another folder, and installed read-only so that the start-up archive must go to the
 * user's cache folder. Runs after {@code package}, on the archive that build wrote.
 */
class LauncherIT {
  private static final String VERSION = System.getProperty("project.version");

  @TempDir Path dir;
  private Path install;

  @BeforeEach
  void unpack() throws Exception {
    Path archive = Path.of(System.getProperty("distribution.archive"));
    assertThat(archive).exists();
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Result untar = run(dir, Map.of(), "tar", "xzf", archive.toString());
    assertThat(untar.status).as(untar.err).isZero();
    install = dir.resolve("force-totaliser-" + VERSION);
    assertThat(install.resolve("bin/totaliser")).isExecutable();
    assertThat(install.resolve("lib/force-totaliser-" + VERSION + "-all.jar")).exists();
  }

  @Test
  void theArchiveHoldsManPagesCompletionAndExamples() {
    assertThat(install.resolve("man/man1/totaliser.1")).exists();
    assertThat(install.resolve("man/man1/totaliser-reconcile.1")).exists();
    assertThat(install.resolve("completion/totaliser_completion")).exists();
    assertThat(install.resolve("examples/force.yaml")).exists();
    assertThat(install.resolve("LICENSE")).exists();
  }

  @Test
  void runsThroughAChainOfSymbolicLinks() throws Exception {
    // ~/.local/bin/totaliser -> (relative) ../../links/totaliser -> the install's launcher
    Path links = Files.createDirectories(dir.resolve("links"));
    Files.createSymbolicLink(links.resolve("totaliser"), install.resolve("bin/totaliser"));
    Path local = Files.createDirectories(dir.resolve("home/.local/bin"));
    Files.createSymbolicLink(local.resolve("totaliser"), Path.of("../../../links/totaliser"));

    Result version = run(dir, Map.of(), local.resolve("totaliser").toString(), "--version");
    assertThat(version.status).as(version.err).isZero();
    assertThat(version.out).isEqualTo("totaliser " + VERSION + "\n");

    Result check =
        run(
            dir,
            Map.of(),
            local.resolve("totaliser").toString(),
            "check",
            install.resolve("examples").toString());
    assertThat(check.status).as(check.err).isZero();
    assertThat(check.out).contains("10 projects");
  }

  @Test
  void aReadOnlyInstallKeepsItsStartUpArchiveInTheUsersCacheFolder() throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    // root writes through any permission bits: run the launcher as `nobody` instead
    assumeTrue(
        !root || Files.isExecutable(Path.of("/usr/bin/setpriv")),
        "as root this needs setpriv to run the launcher as another user");
    Path home = Files.createDirectories(dir.resolve("home"));
    if (root) {
      run(dir, Map.of(), "chown", "-R", "65534", home.toString());
    }
    run(dir, Map.of(), "chmod", "-R", "a-w", install.toString());
    List<String> before = files(install);

    List<String> command = new ArrayList<>();
    if (root) {
      command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    command.addAll(
        List.of(
            install.resolve("bin/totaliser").toString(),
            "check",
            install.resolve("examples").toString()));
    Map<String, String> env =
        Map.of("HOME", home.toString(), "XDG_CACHE_HOME", home.resolve("cache").toString());
    Result first = run(dir, env, command.toArray(String[]::new));
    Result second = run(dir, env, command.toArray(String[]::new));
    run(dir, Map.of(), "chmod", "-R", "u+w", install.toString());

    assertThat(first.status).as(first.err).isZero();
    assertThat(second.status).as(second.err).isZero();
    assertThat(second.out).isEqualTo(first.out);
    assertThat(second.err).isEqualTo(first.err);
    assertThat(files(install)).isEqualTo(before);
    try (Stream<Path> cached = Files.list(home.resolve("cache/force-totaliser"))) {
      assertThat(cached.map(p -> p.getFileName().toString()))
          .singleElement()
          .asString()
          .startsWith("force-totaliser-" + VERSION + "-all.")
          .endsWith(".jsa");
    }
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  private record Result(int status, String out, String err) {}

  private static Result run(Path cwd, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().putAll(env);
    pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    int status = pb.start().waitFor();
    Result r =
        new Result(
            status,
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }
}
