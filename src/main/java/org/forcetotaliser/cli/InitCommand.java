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
import org.forcetotaliser.load.ReferenceTables;
import org.forcetotaliser.render.SchemaKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code totaliser init}: a new portfolio with one commented project. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Create a new portfolio: force.yaml, one commented example project and an "
            + "actuals folder, ready for `totaliser check`. Existing files are never overwritten.",
    footerHeading = "%nExamples:%n",
    footer = {"  totaliser init my-force", "  cd my-force && totaliser check"})
final class InitCommand implements Callable<Integer> {
  private static final String ROOT = "/org/forcetotaliser/init/";

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "Where to create the " + "portfolio (default: the current folder).")
  Path dir = Path.of(".");

  /** Where init puts the JSON Schemas, relative to the portfolio folder. */
  static final String SCHEMAS = "schemas";

  /**
   * The first line of a YAML file for editors with the YAML language server: which schema validates
   * it. Empty for other files.
   */
  static String modeline(String file) {
    if (file.equals("force.yaml")) {
      return "# yaml-language-server: $schema=" + SCHEMAS + "/force.schema.json\n";
    }
    if (file.equals("roadmap.yaml")) {
      return "# yaml-language-server: $schema=" + SCHEMAS + "/roadmap.schema.json\n";
    }
    if (file.startsWith("projects/") && file.endsWith(".yaml")) {
      return "# yaml-language-server: $schema=../" + SCHEMAS + "/project.schema.json\n";
    }
    return "";
  }

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
    List<String> all = new ArrayList<>(files);
    all.add(SCHEMAS + "/project.schema.json");
    all.add(SCHEMAS + "/force.schema.json");
    all.add(SCHEMAS + "/roadmap.schema.json");
    for (String f : all) {
      Path target = dir.resolve(f);
      if (Files.exists(target)) {
        existing.add(target.toString());
      }
      // a file where a folder must go: found now, before anything is created
      for (Path up = target.getParent(); up != null && !up.equals(dir); up = up.getParent()) {
        if (Files.exists(up) && !Files.isDirectory(up) && !existing.contains(up.toString())) {
          existing.add(up.toString());
        }
      }
    }
    if (!existing.isEmpty()) {
      err.println(
          "totaliser: not overwriting " + String.join(", ", existing) + "; choose an empty folder");
      return Main.USAGE;
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      err.println(
          "totaliser: cannot create a portfolio in "
              + dir
              + ": it is a file, not a folder; choose a new or empty folder");
      return Main.USAGE;
    }
    try {
      create(files, out);
    } catch (IOException e) {
      // a read-only folder, a file in the way of a folder, a full disk: the user's to fix
      String where =
          e instanceof java.nio.file.FileSystemException fs
                  && fs.getFile() != null
                  && !Path.of(fs.getFile()).getFileName().toString().endsWith(".tmp")
              ? fs.getFile()
              : dir.toString();
      err.println(
          "totaliser: cannot create "
              + where
              + ": "
              + (e instanceof java.nio.file.FileAlreadyExistsException
                  ? "a file is in the way"
                  : AtomicFile.reason(e)));
      return Main.USAGE;
    }
    out.println(
        "next: edit "
            + dir.resolve("projects/example-project.yaml")
            + ", then run: totaliser check "
            + dir);
    return Main.OK;
  }

  private void create(List<String> files, PrintWriter out) throws IOException {
    for (String f : files) {
      Path target = dir.resolve(f);
      Files.createDirectories(target.toAbsolutePath().getParent());
      AtomicFile.write(target, (modeline(f) + resource(f)).getBytes(StandardCharsets.UTF_8));
      out.println("created " + target);
    }
    // the schemas the modelines point at, so that an editor completes and checks offline
    for (SchemaKind kind : SchemaKind.values()) {
      Path target = dir.resolve(SCHEMAS).resolve(kind.id() + ".schema.json");
      Files.createDirectories(target.toAbsolutePath().getParent());
      String schema = kind.schema(ReferenceTables.bundled());
      AtomicFile.write(target, schema.getBytes(StandardCharsets.UTF_8));
      out.println("created " + target);
    }
  }
}
