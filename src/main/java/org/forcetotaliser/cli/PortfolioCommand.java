package org.forcetotaliser.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * A reporting command whose only positional arguments are the paths to read: {@code estimate},
 * {@code reconcile}, {@code total} and {@code report}.
 */
abstract class PortfolioCommand extends ReportCommand {
  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "A portfolio folder, a project file, or - for standard input "
              + "(default: the current folder).")
  List<String> paths = new ArrayList<>();

  @Override
  List<String> paths() {
    return paths;
  }
}
