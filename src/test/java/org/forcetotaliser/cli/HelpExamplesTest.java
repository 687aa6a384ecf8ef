package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every example in every command's help runs as written on the example portfolio: a user who copies
 * one gets a report, not an error. Files it writes go to a temporary folder; {@code --fail-on}
 * examples may exit 3, as they say. The {@code import} examples name a workbook the user downloads,
 * so they are not run.
 */
class HelpExamplesTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void fixToday() {
    System.setProperty("totaliser.today", "2026-11-23");
  }

  static Stream<String> examples() {
    List<String> out = new ArrayList<>();
    CommandLine all = new CommandLine(AllCommands.class);
    for (CommandLine sub : all.getSubcommands().values()) {
      if (sub.getCommandName().equals("import")) {
        continue;
      }
      for (String line : sub.getCommandSpec().usageMessage().footer()) {
        String l = line.strip();
        if (l.startsWith("totaliser ")) {
          // what follows three spaces or a # is the example's description
          int cut = l.indexOf("   ");
          int hash = l.indexOf('#');
          int end = Math.min(cut < 0 ? l.length() : cut, hash < 0 ? l.length() : hash);
          out.add(l.substring(0, end).strip());
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void runs(String example) throws Exception {
    List<String> words = words(example.substring("totaliser ".length()));
    byte[] stdin = new byte[0];
    List<String> args = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("<")) {
        stdin = Files.readAllBytes(Path.of(words.get(++i)));
      } else if (w.equals(">")) {
        // standard output is captured
        i++;
      } else if (w.equals("-o")
          || w.equals("--per-owner")
          || (i == 1 && words.get(0).equals("init"))) {
        // a file or folder it writes goes to the temporary folder
        if (w.equals("-o") || w.equals("--per-owner")) {
          args.add(w);
          w = words.get(++i);
        }
        args.add(tmp.resolve(w.replace('/', '-')).toString());
      } else {
        args.add(w);
      }
    }
    if (args.equals(List.of("check"))) {
      // "the portfolio in this folder": run where the example portfolio is
      args.add("examples");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args.toArray(new String[0]));
    String why = String.join(" ", args) + "\n" + err.toString(StandardCharsets.UTF_8);
    if (example.contains("--fail-on")) {
      assertThat(code).as(why).isIn(Main.OK, Main.FAIL_ON);
    } else {
      assertThat(code).as(why).isEqualTo(Main.OK);
    }
  }

  /** The words of a command line: spaces separate them, double quotes group them. */
  private static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          out.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
        any = true;
      }
    }
    if (any) {
      out.add(w.toString());
    }
    return out;
  }
}
