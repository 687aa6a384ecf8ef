package org.forcetotaliser.cli;

import java.io.InputStream;
import picocli.CommandLine;

/**
 * The one place commands are registered. To add a command: write a picocli
 * {@code Callable<Integer>} whose constructor takes a {@link Context}, and add one
 * {@code addSubcommand} line below.
 */
final class Commands {

  private Commands() {}

  /** What every command may use from its surroundings: standard input (for path {@code -}). */
  record Context(InputStream stdin) {}

  static CommandLine commandLine(Context context) {
    CommandLine cli = new CommandLine(new Main());
    cli.addSubcommand("check", new CheckCommand(context));
    cli.addSubcommand("estimate", report(new EstimateCommand(), context));
    cli.addSubcommand("reconcile", report(new ReconcileCommand(), context));
    cli.addSubcommand("total", report(new TotalCommand(), context));
    cli.addSubcommand("explain", report(new ExplainCommand(), context));
    cli.addSubcommand("reference", new ReferenceCommand());
    cli.addSubcommand("init", new InitCommand());
    cli.addSubcommand("template", report(new TemplateCommand(), context));
    cli.addSubcommand("schema", new SchemaCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  private static ReportCommand report(ReportCommand command, Context context) {
    command.context = context;
    return command;
  }
}
