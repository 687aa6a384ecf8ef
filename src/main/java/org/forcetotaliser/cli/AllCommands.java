package org.forcetotaliser.cli;

import picocli.CommandLine.Command;

/**
 * The whole command line: {@link Main} with every command, in the order {@code totaliser --help}
 * lists them. This is the list of commands; the completion script and the man pages are generated
 * from this class, and {@link Commands} builds it for help, the version and usage errors. Running
 * one command builds only that command, which starts faster.
 */
@Command(
    subcommands = {
      CheckCommand.class,
      EstimateCommand.class,
      ReconcileCommand.class,
      TotalCommand.class,
      RoadmapCommand.class,
      ExplainCommand.class,
      ReportPackCommand.class,
      TemplateCommand.class,
      IndexCommand.class,
      ImportCommand.class,
      ReferenceCommand.class,
      InitCommand.class,
      SchemaCommand.class
    })
public final class AllCommands extends Main {}
