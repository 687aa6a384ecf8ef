package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.forcetotaliser.render.DiagnosticPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken files. Each must end in a short message naming the file, exit 1 (the input) or
 * 2 (the command line), and never a stack trace or an internal error (exit 70). Large files are
 * generated on the fly, never committed.
 */
class HostileFilesTest {
  static final Path EXAMPLES = Path.of("examples");
  static final Path PROJECT = EXAMPLES.resolve("projects/mobile-data.yaml");

  /**
   * At most {@link DiagnosticPrinter#LIMIT} diagnostics of four lines (headline, source line,
   * caret, hint), the count of the rest, and the summary.
   */
  static final int SCREENFUL = 4 * DiagnosticPrinter.LIMIT + 2;

  /** Asserts the run ended as a user's mistake should, naming {@code file}. */
  static void failsCleanly(MainTest.Run r, int code, String file, String... says) {
    assertThat(r.code()).as(r.err()).isEqualTo(code);
    assertThat(r.err()).contains(file);
    if (says.length > 0) {
      assertThat(r.err()).contains(says);
    }
    assertThat(r.err()).doesNotContain("\tat ", "totaliser: internal error", "Exception");
    assertThat(r.err().lines().count()).as("lines on stderr").isLessThanOrEqualTo(SCREENFUL);
    assertThat(r.err().lines().mapToInt(String::length).max().orElse(0))
        .as("longest line on stderr")
        .isLessThanOrEqualTo(400);
  }

  static MainTest.Run check(Path... paths) {
    return MainTest.run(
        Stream.concat(Stream.of("check"), Stream.of(paths).map(Path::toString))
            .toArray(String[]::new));
  }

  // ---- YAML bombs ---------------------------------------------------------------------------

  @Test
  void billionLaughsIsRefusedAtTheFirstAnchor(@TempDir Path tmp) throws IOException {
    StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 8; k++) {
        yaml.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    Path f = Files.writeString(tmp.resolve("lol.yaml"), yaml);
    MainTest.Run r = check(f);
    failsCleanly(
        r,
        Main.INPUT_ERRORS,
        "lol.yaml:1:5: error: anchors (`&a0`) are not allowed",
        "[yaml-alias]",
        "… and ",
        "more errors");
  }

  @Test
  void nestingFiftyThousandDeepIsOneError(@TempDir Path tmp) throws IOException {
    Path seq =
        Files.writeString(
            tmp.resolve("seq.yaml"), "id: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n");
    Path map =
        Files.writeString(
            tmp.resolve("map.yaml"),
            "id: " + "{a: ".repeat(50_000) + "1" + "}".repeat(50_000) + "\n");
    // indentation makes block nesting quadratic in size: 2,000 deep is already 2 MB
    Path block = Files.writeString(tmp.resolve("block.yaml"), blockNesting(2_000));
    for (Path f : new Path[] {seq, map, block}) {
      MainTest.Run r = check(f);
      failsCleanly(
          r,
          Main.INPUT_ERRORS,
          f.getFileName() + ":",
          "nested more than 64 levels deep",
          "[yaml-syntax]");
      assertThat(r.err()).contains(": 1 error, no warnings");
    }
  }

  /** {@code a:} then {@code a:} and so on, one space deeper each line. */
  private static String blockNesting(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append(" ".repeat(i)).append("a:\n");
    }
    return sb.toString();
  }

  @Test
  void thirtyMegabyteProjectIsTooLargeNotACrash(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("huge.yaml");
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("id: huge\nname: \"");
      for (int i = 0; i < 30 * 1024; i++) {
        w.write("x".repeat(1024));
      }
      w.write("\"\n");
    }
    MainTest.Run r = check(f);
    // 16 characters before the quote, 30 × 1024 × 1024 = 31,457,280 inside, 2 after
    failsCleanly(
        r,
        Main.INPUT_ERRORS,
        "huge.yaml: error: the file is too large: 31,457,298 "
            + "characters, more than the 3,145,728 a project or force file may hold "
            + "[unreadable-file]");
  }

  @Test
  void aLongSingleLineFileUnderTheLimitIsReadInGoodTime(@TempDir Path tmp) throws IOException {
    // the tab check was quadratic in the line length: this file never finished
    Path f =
        Files.writeString(
            tmp.resolve("long.yaml"), "id: long\nname: \"" + "y\t".repeat(1_000_000) + "\"\n");
    MainTest.Run r = check(f);
    failsCleanly(r, Main.INPUT_ERRORS, "long.yaml:1:1: error: the project has no `owner`");
  }

  @Test
  void anErrorFarAlongAVeryLongLineIsShownInAScreenWidth(@TempDir Path tmp) throws IOException {
    // the caret was drawn under the full column: a line of a million spaces
    Path f =
        Files.writeString(
            tmp.resolve("wide.yaml"),
            "{id: wide, name: \"" + "w".repeat(1_000_000) + "\", owner: [}\n");
    MainTest.Run r = check(f);
    failsCleanly(r, Main.INPUT_ERRORS, "wide.yaml:1:", "[yaml-syntax]");
  }

  // ---- encodings ----------------------------------------------------------------------------

  @Test
  void binaryGarbage(@TempDir Path tmp) throws IOException {
    byte[] bytes = new byte[64 * 1024];
    new SplittableRandom(6).nextBytes(bytes);
    Path f = Files.write(tmp.resolve("garbage.yaml"), bytes);
    Path csv = Files.write(tmp.resolve("garbage.csv"), bytes);
    MainTest.Run r = check(f, csv);
    failsCleanly(
        r,
        Main.INPUT_ERRORS,
        "garbage.yaml: error: the file looks like binary data, not text [unreadable-file]",
        "garbage.csv: error: the file looks like binary data, not text [unreadable-file]");
  }

  @Test
  void latin1(@TempDir Path tmp) throws IOException {
    Path f =
        Files.write(
            tmp.resolve("cafe.yaml"),
            Files.readString(PROJECT)
                .replace("name: ", "name: Café ")
                .getBytes(StandardCharsets.ISO_8859_1));
    MainTest.Run r = check(f);
    failsCleanly(
        r,
        Main.INPUT_ERRORS,
        "cafe.yaml: error: the file is not UTF-8 text (byte 0xE9 "
            + "on line 5); it may be Latin-1 or Windows-1252: save it as UTF-8 [unreadable-file]");
  }

  @Test
  void utf16WithAndWithoutByteOrderMark(@TempDir Path tmp) throws IOException {
    String text = Files.readString(PROJECT);
    Path bom = Files.write(tmp.resolve("bom.yaml"), text.getBytes(StandardCharsets.UTF_16));
    Path le = Files.write(tmp.resolve("le.yaml"), text.getBytes(StandardCharsets.UTF_16LE));
    Path be = Files.write(tmp.resolve("be.yaml"), text.getBytes(StandardCharsets.UTF_16BE));
    MainTest.Run r = check(bom, le, be);
    failsCleanly(
        r,
        Main.INPUT_ERRORS,
        "bom.yaml: error: the file is UTF-16 text; save it as UTF-8 [unreadable-file]",
        "le.yaml: error: the file looks like UTF-16 text; save it as UTF-8 [unreadable-file]",
        "be.yaml: error: the file looks like UTF-16 text; save it as UTF-8 [unreadable-file]",
        ": 3 errors, no warnings");
  }

  @Test
  void utf8ByteOrderMarkAndCrlfReadLikeThePlainFile(@TempDir Path tmp) throws IOException {
    byte[] plain = Files.readAllBytes(PROJECT);
    Path dir = Files.createDirectories(tmp.resolve("p/projects"));
    Files.copy(EXAMPLES.resolve("force.yaml"), tmp.resolve("p/force.yaml"));
    Files.write(dir.resolve("plain.yaml"), plain);
    MainTest.Run expected =
        MainTest.run("estimate", "--format", "json", tmp.resolve("p").toString());
    assertThat(expected.code()).as(expected.err()).isEqualTo(Main.OK);

    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    byte[] crlf =
        new String(plain, StandardCharsets.UTF_8)
            .replace("\n", "\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[crlf.length + 3];
    System.arraycopy(bom, 0, both, 0, 3);
    System.arraycopy(crlf, 0, both, 3, crlf.length);
    for (byte[] variant : new byte[][] {bom, crlf, both}) {
      Files.write(dir.resolve("plain.yaml"), variant);
      MainTest.Run r = MainTest.run("estimate", "--format", "json", tmp.resolve("p").toString());
      assertThat(r).isEqualTo(expected);
    }
  }

  @Test
  void aTrailingCommaAtTheVeryEndOfAnActualsFile(@TempDir Path tmp) throws IOException {
    // found by LoaderFuzzTest#actualsFile: the empty last field had no position (exit 70)
    Path csv = Files.writeString(tmp.resolve("returns.csv"), "project,item,period,actual,");
    MainTest.Run r = check(PROJECT, csv);
    failsCleanly(r, Main.INPUT_ERRORS, "returns.csv:1:28: error: unknown column ``", "[bad-csv]");
  }

  // ---- paths --------------------------------------------------------------------------------

  @Test
  void symbolicLinkLoops(@TempDir Path tmp) throws IOException {
    Path p = tmp.resolve("p");
    copy(EXAMPLES, p);
    try {
      Files.createSymbolicLink(p.resolve("projects/up"), Path.of(".."));
      Files.createSymbolicLink(p.resolve("projects/a.yaml"), Path.of("b.yaml"));
      Files.createSymbolicLink(p.resolve("projects/b.yaml"), Path.of("a.yaml"));
      Files.createSymbolicLink(p.resolve("actuals/x.csv"), Path.of("y.csv"));
      Files.createSymbolicLink(p.resolve("actuals/y.csv"), Path.of("x.csv"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links cannot be made here: " + e);
    }
    MainTest.Run r = check(p);
    // the folder loop is not followed; the file loops are named, once each
    failsCleanly(
        r,
        Main.INPUT_ERRORS,
        "p/projects/a.yaml: error: cannot read the file: it is a symbolic link that leads "
            + "nowhere, or round in a loop [unreadable-file]",
        "p/projects/b.yaml: error: cannot read the file",
        "p/actuals/x.csv: error: cannot read the file: it is a symbolic link",
        "p/actuals/y.csv: error: cannot read the file",
        ": 4 errors, no warnings (2 accepted)");
    assertThat(r.err()).contains("10 projects, 4 actuals files");
    MainTest.Run named = check(p.resolve("projects/a.yaml"));
    failsCleanly(
        named,
        Main.INPUT_ERRORS,
        "a.yaml: error: it is a symbolic link that leads "
            + "nowhere, or round in a loop [no-input]");
  }

  @Test
  void aPathThatDoesNotExist(@TempDir Path tmp) {
    MainTest.Run r = check(tmp.resolve("nowhere"));
    failsCleanly(r, Main.INPUT_ERRORS, "nowhere: error: no such file or folder [no-input]");
  }

  @Test
  void aFileWithoutReadPermission(@TempDir Path tmp) throws IOException {
    Path p = tmp.resolve("p");
    copy(EXAMPLES, p);
    Path f = p.resolve("projects/mobile-data.yaml");
    Path csv = p.resolve("actuals/2026-27-q1.csv");
    try {
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
      Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no POSIX permissions here");
    }
    // root (and CAP_DAC_OVERRIDE) reads every file whatever its permissions
    assumeFalse(Files.isReadable(f), "running as root: permissions do not stop reading");
    MainTest.Run r = check(p);
    failsCleanly(
        r,
        Main.INPUT_ERRORS,
        "p/projects/mobile-data.yaml: error: cannot read the file: permission denied "
            + "[unreadable-file]",
        "p/actuals/2026-27-q1.csv: error: cannot read the file: permission denied");
  }

  @Test
  void anOutputFolderThatDoesNotExistIsAUsageError(@TempDir Path tmp) {
    Path out = tmp.resolve("missing/estimate.json");
    MainTest.Run r =
        MainTest.run("estimate", "--format", "json", "-o", out.toString(), EXAMPLES.toString());
    failsCleanly(
        r,
        Main.USAGE,
        "cannot write " + out + ": the folder " + out.getParent() + " does not exist");
    assertThat(out.getParent()).doesNotExist();
  }

  @Test
  void anOutputPathThatIsAFolderIsReported(@TempDir Path tmp) throws IOException {
    Path out = Files.createDirectories(tmp.resolve("taken"));
    MainTest.Run r =
        MainTest.run("estimate", "--format", "json", "-o", out.toString(), EXAMPLES.toString());
    failsCleanly(r, Main.USAGE, "cannot write " + out);
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void anEmptyPortfolio(@TempDir Path tmp) throws IOException {
    Path p = Files.createDirectories(tmp.resolve("empty/projects"));
    Files.createDirectories(tmp.resolve("empty/actuals"));
    MainTest.Run r = check(p.getParent());
    failsCleanly(r, Main.INPUT_ERRORS, "empty: error: no projects found in `", "[no-projects]");
  }

  /** Copies a folder tree. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
