package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's output on the example portfolio, in every format, against golden files. A case is
 * a file {@code golden/cli/NAME.args} (the command line, one argument per line); its expected
 * standard output is {@code NAME.out} and standard error {@code NAME.err}, and the first line of
 * the args file may be {@code # exit N}. Run with {@code -Dgolden.update=true} to rewrite the
 * expected files, then read the diff before committing.
 */
class GoldenOutputTest {
  private static final Path DIR = Path.of("src/test/resources/golden/cli");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @BeforeAll
  static void fixToday() {
    // the default as-of quarter depends on today's date: fix it so the files are stable
    System.setProperty("totaliser.today", "2026-11-23");
  }

  static Stream<String> cases() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".args"))
          .sorted()
          .forEach(n -> names.add(n.substring(0, n.length() - ".args".length())));
    }
    return names.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void output(String name) throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve(name + ".args"), StandardCharsets.UTF_8);
    int exit = 0;
    List<String> args = new ArrayList<>();
    for (String l : lines) {
      if (l.startsWith("# exit ")) {
        exit = Integer.parseInt(l.substring("# exit ".length()).trim());
      } else if (!l.isBlank()) {
        args.add(l.strip());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args.toArray(new String[0]));
    String stdout = out.toString(StandardCharsets.UTF_8);
    String stderr = err.toString(StandardCharsets.UTF_8);
    Path outFile = DIR.resolve(name + ".out");
    Path errFile = DIR.resolve(name + ".err");
    if (UPDATE) {
      Files.writeString(outFile, stdout, StandardCharsets.UTF_8);
      if (stderr.isEmpty()) {
        Files.deleteIfExists(errFile);
      } else {
        Files.writeString(errFile, stderr, StandardCharsets.UTF_8);
      }
    }
    assertThat(code).as("exit code of %s; stderr:%n%s", name, stderr).isEqualTo(exit);
    assertThat(stdout)
        .as("standard output of " + name)
        .isEqualTo(Files.readString(outFile, StandardCharsets.UTF_8));
    String expectedErr =
        Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : "";
    assertThat(stderr).as("standard error of " + name).isEqualTo(expectedErr);
  }
}
