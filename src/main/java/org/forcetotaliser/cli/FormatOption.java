package org.forcetotaliser.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives a command's {@code --format} option the command's own formats, from the one list the
 * command checks its input against: they are the values shell completion offers, and, where the
 * command says so, its help. The completion script and the man pages are generated from the same
 * model, so neither can offer a format the command refuses.
 */
final class FormatOption implements CommandLine.IModelTransformer {

  /** A command with a {@code --format} option. */
  interface Takes {
    /** The formats the command writes, as typed on the command line, in the order it lists them. */
    List<String> formatKeys();

    /** The help of {@code --format}, or null to keep the option's own. */
    default String formatHelp() {
      return null;
    }
  }

  @Override
  public CommandSpec transform(CommandSpec spec) {
    if (spec.userObject() instanceof Takes t) {
      OptionSpec o = spec.findOption("--format");
      OptionSpec.Builder b = OptionSpec.builder(o).completionCandidates(t.formatKeys());
      String help = t.formatHelp();
      if (help != null) {
        b.description(help);
      }
      spec.remove(o);
      spec.addOption(b.build());
    }
    return spec;
  }
}
