package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;

/**
 * The command line is built for the command being run only, and for everything else whole: either
 * way every command is listed, parsed and run as it is in the whole command line.
 */
class CommandsTest {

  private static final Commands.Context CONTEXT =
      new Commands.Context(
          InputStream.nullInputStream(),
          java.time.Clock.systemDefaultZone(),
          new Pool(1, Pool.DEFAULT_FROM));

  /** Every command's name, in the order {@link AllCommands} lists them. */
  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Class<?> c : AllCommands.class.getAnnotation(Command.class).subcommands()) {
      names.add(c.getAnnotation(Command.class).name());
    }
    return names;
  }

  private static List<String> built(String... args) {
    return new ArrayList<>(Commands.commandLine(CONTEXT, args).getSubcommands().keySet());
  }

  @Test
  void helpListsEveryCommand() {
    Cli help = Cli.run("--help");
    assertThat(help.code()).isEqualTo(Main.OK);
    assertThat(names()).hasSize(13);
    String commands = help.out().substring(help.out().indexOf("Commands:"));
    for (String name : names()) {
      assertThat(commands).containsPattern("(?m)^  " + name + "  ");
    }
  }

  @Test
  void aCommandNamedFirstIsBuiltAlone() {
    for (String name : names()) {
      assertThat(built(name)).containsExactly(name);
      assertThat(built(name, "--help")).containsExactly(name);
      assertThat(Commands.command(name)).isNotNull();
    }
  }

  @Test
  void anythingElseBuildsEveryCommand() {
    for (String[] args :
        new String[][] {
          {},
          {"--help"},
          {"-h"},
          {"--version"},
          {"chek"},
          {"CHECK"},
          {"--stacktrace", "check"},
          {"--", "check"},
          {"@args.txt"},
          {""}
        }) {
      assertThat(built(args)).as(String.join(" ", args)).containsExactlyElementsOf(names());
    }
  }

  @Test
  void aCommandBuiltAloneHasTheHelpItHasInTheWholeCommandLine() {
    CommandLine whole = Commands.commandLine(CONTEXT);
    for (String name : names()) {
      String expected = whole.getSubcommands().get(name).getUsageMessage(Ansi.OFF);
      assertThat(
              Commands.commandLine(CONTEXT, name)
                  .getSubcommands()
                  .get(name)
                  .getUsageMessage(Ansi.OFF))
          .as(name)
          .isEqualTo(expected);
      Cli help = Cli.run(name, "--help");
      assertThat(help.code()).isEqualTo(Main.OK);
      assertThat(help.out()).as(name).isEqualTo(expected);
    }
  }

  /** {@code totaliser ARGS…} on the whole command line, as every command ran before. */
  private static Cli wholeRun(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine whole = Commands.commandLine(CONTEXT);
    whole.setOut(new PrintWriter(out, true));
    whole.setErr(new PrintWriter(err, true));
    int code = whole.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  @Test
  void aCommandBuiltAloneReportsUsageErrorsAsTheWholeCommandLineDoes() {
    for (String name : names()) {
      // other commands' names too (two, so that `init` refuses them rather than making a
      // folder): built alone, a command must not read them differently
      for (String[] args :
          new String[][] {
            {name, "--no-such-option"},
            {name, "a", "b", "c"},
            {name, "--format"},
            {name, "--help", "--version"},
            {name, "check", "reference"}
          }) {
        Cli alone = Cli.run(args);
        assertThat(alone).as(String.join(" ", args)).isEqualTo(wholeRun(args));
      }
      assertThat(Cli.run(name, "--no-such-option").err())
          .as(name)
          .endsWith("Try `totaliser " + name + " --help` for the options and examples.\n");
    }
  }

  @Test
  void everyCommandRunsWhenBuiltAlone(@TempDir Path tmp) {
    Map<String, String[]> runs = new LinkedHashMap<>();
    runs.put("check", new String[] {"examples"});
    runs.put("estimate", new String[] {"examples"});
    runs.put("reconcile", new String[] {"examples", "--as-of", "2026-27 Q2"});
    runs.put("total", new String[] {"examples", "--as-of", "2026-27 Q2"});
    runs.put("roadmap", new String[] {"examples", "--as-of", "2026-27 Q2"});
    runs.put("explain", new String[] {"youth-knife-diversion", "examples"});
    runs.put(
        "report",
        new String[] {
          "examples", "--as-of", "2026-27 Q2", "-o", tmp.resolve("pack.html").toString()
        });
    runs.put("template", new String[] {"actuals", "examples", "--as-of", "2026-27 Q2"});
    runs.put("index", new String[] {"examples"});
    runs.put(
        "import",
        new String[] {
          "ons-pfa",
          "src/test/resources/national/ons_pfa_tables_P1_counts_ye_jun2025.csv",
          "-o",
          tmp.resolve("indicators").toString()
        });
    runs.put("reference", new String[] {"offences"});
    runs.put("init", new String[] {tmp.resolve("new-force").toString()});
    runs.put("schema", new String[] {"project"});
    assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(names());
    runs.forEach(
        (name, rest) -> {
          String[] args = new String[rest.length + 1];
          args[0] = name;
          System.arraycopy(rest, 0, args, 1, rest.length);
          Cli run = Cli.run(args);
          assertThat(run.code()).as(name + ": " + run.err()).isEqualTo(Main.OK);
        });
    assertThat(tmp.resolve("pack.html")).isNotEmptyFile();
    assertThat(tmp.resolve("new-force/force.yaml")).exists();
  }
}
