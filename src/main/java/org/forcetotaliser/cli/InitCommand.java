package org.forcetotaliser.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code totaliser init}: a new portfolio with one commented project. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Create a new portfolio: force.yaml, one commented example project and an "
        + "actuals folder, ready for `totaliser check`. Existing files are never overwritten.",
    footerHeading = "%nExamples:%n",
    footer = {"  totaliser init my-force", "  cd my-force && totaliser check"})
final class InitCommand implements Callable<Integer> {
  private static final String ROOT = "/org/forcetotaliser/init/";

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "Where to create the "
      + "portfolio (default: the current folder).")
  Path dir = Path.of(".");

  /** The template files, relative to the portfolio folder. */
  static List<String> files() throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : resource("FILES").split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  static String resource(String name) throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IOException("template " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> files = files();
    List<String> existing = new ArrayList<>();
    for (String f : files) {
      if (Files.exists(dir.resolve(f))) {
        existing.add(dir.resolve(f).toString());
      }
    }
    if (!existing.isEmpty()) {
      err.println("totaliser: not overwriting " + String.join(", ", existing)
          + "; choose an empty folder");
      return Main.USAGE;
    }
    for (String f : files) {
      Path target = dir.resolve(f);
      Files.createDirectories(target.toAbsolutePath().getParent());
      AtomicFile.write(target, resource(f).getBytes(StandardCharsets.UTF_8));
      out.println("created " + target);
    }
    out.println("next: edit " + dir.resolve("projects/example-project.yaml")
        + ", then run: totaliser check " + dir);
    return Main.OK;
  }
}
