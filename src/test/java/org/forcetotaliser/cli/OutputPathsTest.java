package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code -o} and {@code init} may write, and what they must never destroy: a link is written
 * through, a device or a pipe is written to and left in place, an input of the same run is refused,
 * and every failure names its reason rather than a temporary file. Standard output works without a
 * writable temporary folder, and closed standard input is said to be closed.
 */
class OutputPathsTest {
  static final Path EXAMPLES = HostileFilesTest.EXAMPLES;

  static MainTest.Run estimate(Path out, Path input) {
    return MainTest.run("estimate", "--format", "json", "-o", out.toString(), input.toString());
  }

  /** The estimate as printed to standard output, to compare files against. */
  static String expectedJson() {
    MainTest.Run r = MainTest.run("estimate", "--format", "json", EXAMPLES.toString());
    assertThat(r.code()).isEqualTo(Main.OK);
    return r.out();
  }

  static List<String> leftovers(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  // ---- links --------------------------------------------------------------------------------

  @Test
  void aSymbolicLinkIsWrittenThroughAndStaysALink(@TempDir Path tmp) throws IOException {
    Path targets = Files.createDirectory(tmp.resolve("targets"));
    Path real = Files.writeString(targets.resolve("real.json"), "old\n");
    Path link = Files.createSymbolicLink(tmp.resolve("link.json"), Path.of("targets/real.json"));
    MainTest.Run r = estimate(link, EXAMPLES);
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo(expectedJson());
    // the temporary file was made beside the target, and is gone
    assertThat(leftovers(tmp)).isEmpty();
    assertThat(leftovers(targets)).isEmpty();
  }

  @Test
  void aLinkThatLeadsNowhereCreatesTheFileItNames(@TempDir Path tmp) throws IOException {
    Path link = Files.createSymbolicLink(tmp.resolve("link.json"), Path.of("made.json"));
    MainTest.Run r = estimate(link, EXAMPLES);
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(tmp.resolve("made.json"))).isEqualTo(expectedJson());
  }

  // ---- devices and pipes --------------------------------------------------------------------

  @Test
  void devNullIsWrittenToAndStaysADevice() {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull), "assumes a Unix /dev/null");
    MainTest.Run r = estimate(devNull, EXAMPLES);
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(Files.exists(devNull)).isTrue();
  }

  @Test
  void aDeviceMadeWithMknodIsWrittenToAndKept(@TempDir Path tmp) throws Exception {
    // making a device node needs root; CI runs as root
    Path node = tmp.resolve("null-device");
    int made = run("mknod", node.toString(), "c", "1", "3");
    assumeTrue(made == 0 && Files.exists(node), "assumes root (mknod), as in CI");
    MainTest.Run r = estimate(node, EXAMPLES);
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(Files.exists(node)).isTrue();
    assertThat(Files.isRegularFile(node)).isFalse();
    assertThat(leftovers(tmp)).isEmpty();
  }

  @Test
  void aFullDeviceIsAUsageErrorNamingTheReason() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "assumes Linux's /dev/full");
    MainTest.Run r = estimate(full, EXAMPLES);
    HostileFilesTest.failsCleanly(
        r, Main.USAGE, "cannot write /dev/full: no space left on " + "device");
    assertThat(Files.isRegularFile(full)).isFalse();
  }

  @Test
  void aNamedPipeIsWrittenToAndStaysAPipe(@TempDir Path tmp) throws Exception {
    Path fifo = tmp.resolve("pipe");
    assumeTrue(run("mkfifo", fifo.toString()) == 0, "assumes mkfifo");
    CompletableFuture<String> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    MainTest.Run r = estimate(fifo, EXAMPLES);
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(reader.get(60, TimeUnit.SECONDS)).isEqualTo(expectedJson());
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }

  // ---- inputs -------------------------------------------------------------------------------

  @Test
  void anInputOfTheSameRunIsRefused(@TempDir Path tmp) throws IOException {
    Path copy = tmp.resolve("examples");
    HostileFilesTest.copy(EXAMPLES, copy);
    Path project = copy.resolve("projects/mobile-data.yaml");
    String before = Files.readString(project);
    MainTest.Run r = estimate(project, copy);
    HostileFilesTest.failsCleanly(
        r, Main.USAGE, "cannot write " + project + ": this run reads it as input");
    assertThat(Files.readString(project)).isEqualTo(before);
    // the same file by another name: a link to an actuals file, and a hard link to force.yaml
    Path actuals = copy.resolve("actuals/2026-27-q2.csv");
    String actualsBefore = Files.readString(actuals);
    Path link = Files.createSymbolicLink(tmp.resolve("out.csv"), actuals);
    r = MainTest.run("total", "--format", "csv", "-o", link.toString(), copy.toString());
    HostileFilesTest.failsCleanly(r, Main.USAGE, "this run reads it as input");
    assertThat(Files.readString(actuals)).isEqualTo(actualsBefore);
    Path hard = Files.createLink(tmp.resolve("hard.md"), copy.resolve("force.yaml"));
    r = MainTest.run("total", "--format", "markdown", "-o", hard.toString(), copy.toString());
    HostileFilesTest.failsCleanly(r, Main.USAGE, "this run reads it as input");
  }

  // ---- names --------------------------------------------------------------------------------

  @Test
  void aNameOf250CharactersWorksAndOneTooLongSaysSo(@TempDir Path tmp) throws IOException {
    // 245 + ".json": the temporary name, `.NAME.RANDOM.tmp`, would be 270 bytes uncut
    Path ok = tmp.resolve("a".repeat(245) + ".json");
    MainTest.Run r = estimate(ok, EXAMPLES);
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(Files.readString(ok)).isEqualTo(expectedJson());
    assertThat(leftovers(tmp)).isEmpty();
    // an accented name: 200 characters of two bytes each is 400 bytes, too long for ext4
    Path tooLong = tmp.resolve("é".repeat(200) + ".json");
    r = estimate(tooLong, EXAMPLES);
    HostileFilesTest.failsCleanly(
        r, Main.USAGE, "cannot write " + tooLong + ": file name too long");
    assertThat(r.err()).doesNotContain(".tmp");
    assertThat(AtomicFile.fitted("é".repeat(200), 9)).isEqualTo("éééé");
  }

  @Test
  void aFolderWithoutWritePermissionSaysPermissionDenied(@TempDir Path tmp) throws IOException {
    Path locked = Files.createDirectory(tmp.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(locked), "root writes whatever the permissions");
      Path out = locked.resolve("estimate.json");
      MainTest.Run r = estimate(out, EXAMPLES);
      HostileFilesTest.failsCleanly(r, Main.USAGE, "cannot write " + out + ": permission denied");
      assertThat(r.err()).doesNotContain(".tmp");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  // ---- init ---------------------------------------------------------------------------------

  @Test
  void initOntoAFileIsAUsageError(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "mine\n");
    MainTest.Run r = MainTest.run("init", file.toString());
    HostileFilesTest.failsCleanly(
        r, Main.USAGE, "cannot create a portfolio in " + file + ": it is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("mine\n");
    // a file where init needs a folder: found before anything is made
    Path dir = Files.createDirectory(tmp.resolve("force"));
    Files.writeString(dir.resolve("projects"), "in the way\n");
    r = MainTest.run("init", dir.toString());
    HostileFilesTest.failsCleanly(r, Main.USAGE, "not overwriting " + dir.resolve("projects"));
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.toList()).containsExactly(dir.resolve("projects"));
    }
  }

  @Test
  void initIntoAReadOnlyFolderIsAUsageError(@TempDir Path tmp) throws IOException {
    Path locked = Files.createDirectory(tmp.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(locked), "root writes whatever the permissions");
      MainTest.Run r = MainTest.run("init", locked.toString());
      HostileFilesTest.failsCleanly(r, Main.USAGE, "cannot create", "permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  // ---- standard streams ---------------------------------------------------------------------

  @Test
  void standardOutputWorksWithoutAWritableTemporaryFolder(@TempDir Path tmp) throws Exception {
    Process p =
        ChildJvm.start(
            tmp,
            List.of("-Djava.io.tmpdir=" + tmp.resolve("missing")),
            "estimate",
            "--format",
            "json",
            EXAMPLES.toString());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("stderr.txt"))).isZero();
    assertThat(Files.readString(tmp.resolve("stdout.txt"))).isEqualTo(expectedJson());
  }

  @Test
  void closedStandardInputIsSaidToBeClosed(@TempDir Path tmp) throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/bin/sh")) && Files.isDirectory(Path.of("/proc")),
        "assumes a POSIX shell and Linux /proc");
    List<String> command =
        new ArrayList<>(
            List.of(
                "/bin/sh",
                "-c",
                "exec \"$0\" -cp \"$1\" org.forcetotaliser.cli.Main check - <&-",
                ChildJvm.java(),
                ChildJvm.classPath()));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(tmp.resolve("stdout.txt").toFile())
            .redirectError(tmp.resolve("stderr.txt").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(tmp.resolve("stderr.txt"));
    assertThat(p.exitValue()).as(err).isEqualTo(Main.INPUT_ERRORS);
    assertThat(err)
        .contains("<stdin>: error: cannot read the file: standard input is closed")
        .doesNotContain("UTF-16");
  }

  /** Runs a command; its exit code, or -1 when it cannot be started. */
  static int run(String... command) throws InterruptedException {
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException e) {
      return -1;
    }
  }
}
