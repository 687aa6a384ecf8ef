package org.forcetotaliser.cli;

import java.util.concurrent.Callable;
import org.forcetotaliser.load.ReferenceTables;
import org.forcetotaliser.render.SchemaKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code totaliser schema}: JSON Schema of the project, force and roadmap files. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Print the JSON Schema (draft 2020-12) of a project file, force.yaml or "
            + "roadmap.yaml, "
            + "for editors and CI.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser schema project > project.schema.json",
      "  totaliser schema force > force.schema.json",
      "  totaliser schema roadmap > roadmap.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "KIND",
      arity = "0..1",
      defaultValue = "project",
      description = "project (default), force or roadmap.")
  String kind;

  @Override
  public Integer call() {
    SchemaKind k =
        SchemaKind.of(kind)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "`schema` takes project, force or roadmap; found `" + kind + "`"));
    String text = k.schema(ReferenceTables.bundled());
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
