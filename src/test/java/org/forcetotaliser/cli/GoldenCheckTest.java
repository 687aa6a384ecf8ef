package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden corpus: each folder under {@code golden/check/} holds bad input and {@code
 * expected.txt}, exactly what {@code totaliser check} prints on stderr. The command is {@code
 * check} followed by every other entry of the folder, sorted, unless a file {@code cmd} gives the
 * arguments (paths in it are relative to the case folder; {@code -} reads {@code stdin.yaml}, or
 * {@code stdin.csv} when there is one). Run with {@code -Dgolden.update=true} to rewrite the
 * expected files, then read every diff.
 */
class GoldenCheckTest {

  static final Path ROOT = Path.of("src/test/resources/golden/check");
  private static final List<String> NOT_INPUT =
      List.of("expected.txt", "cmd", "stdin.yaml", "stdin.csv");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  /** The arguments for a case, with paths made relative to the working directory. */
  static List<String> args(Path dir) throws IOException {
    List<String> given = new ArrayList<>();
    Path cmd = dir.resolve("cmd");
    if (Files.exists(cmd)) {
      given.addAll(List.of(Files.readString(cmd).strip().split("\\s+")));
    } else {
      given.add("check");
      try (Stream<Path> s = Files.list(dir)) {
        s.map(p -> p.getFileName().toString())
            .filter(n -> !NOT_INPUT.contains(n))
            .sorted()
            .forEach(given::add);
      }
    }
    List<String> args = new ArrayList<>();
    for (String a : given) {
      boolean path =
          !a.equals("check")
              && !a.equals("-")
              && !a.startsWith("--")
              && !a.equals("table")
              && !a.equals("json")
              && !a.equals("index")
              && !a.equals("import")
              && !a.equals("ons-pfa");
      args.add(path ? dir + "/" + a : a);
    }
    return args;
  }

  /** Runs the command of one case: exit code and stderr with the case folder removed. */
  static String[] run(Path dir) throws IOException {
    Path stdinFile =
        Files.exists(dir.resolve("stdin.csv"))
            ? dir.resolve("stdin.csv")
            : dir.resolve("stdin.yaml");
    InputStream in =
        Files.exists(stdinFile)
            ? Files.newInputStream(stdinFile)
            : new ByteArrayInputStream(new byte[0]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args(dir).toArray(String[]::new));
    String prefix = dir + "/";
    return new String[] {
      String.valueOf(code),
      err.toString(StandardCharsets.UTF_8).replace(prefix, ""),
      out.toString(StandardCharsets.UTF_8).replace(prefix, "")
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void check(String name) throws IOException {
    Path dir = ROOT.resolve(name);
    String[] result = run(dir);
    Path expectedFile = dir.resolve("expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expectedFile, result[1]);
    }
    String expected = Files.exists(expectedFile) ? Files.readString(expectedFile) : "<missing>";
    assertThat(result[1]).as("stderr of case %s", name).isEqualTo(expected);
    boolean errors = expected.contains(": error: ") || expected.startsWith("totaliser");
    assertThat(Integer.parseInt(result[0]))
        .as("exit code of case %s", name)
        .isEqualTo(errors ? Main.INPUT_ERRORS : Main.OK);
  }
}
