package org.forcetotaliser.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.forcetotaliser.cli.Pool;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FiscalCalendar;

/**
 * The benchmark's baseline: reads every file of a portfolio with the tool's own parsers into trees
 * and sums, and does nothing else — no mapping, validation or calculation. The harness ({@code
 * bench/run.sh}) compiles it against the jar (it sits in the loader's package to use its parsers)
 * and compares each command's time with this one's. It reads on the pool the tool reads on ({@code
 * -Dtotaliser.threads}), files in the same order, so that the ratio compares like with like.
 */
public final class ParseBaseline {
  private ParseBaseline() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length == 0 ? "." : args[0]);
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(Files::isRegularFile)
          .sorted()
          .forEach(
              p -> {
                String n = p.getFileName().toString();
                if (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".csv")) {
                  files.add(p);
                }
              });
    }
    // the YAML files first, then the actuals, as the loader reads them
    files.sort(Comparator.comparing((Path p) -> p.toString().endsWith(".csv")));
    int[] trees = {0};
    ActualsReader actuals = new ActualsReader(FiscalCalendar.APRIL, problems);
    Pool.fromProperties()
        .<Path, Runnable>map(
            files,
            () ->
                p -> {
                  try {
                    if (p.toString().endsWith(".csv")) {
                      try (InputStream in = Files.newInputStream(p)) {
                        ActualsReader.Parsed parsed =
                            actuals.parse(p.toString(), in, () -> "not UTF-8");
                        return () -> actuals.add(parsed);
                      }
                    }
                    List<Diagnostic> found = new ArrayList<>();
                    boolean tree =
                        YamlReader.read(
                                p.toString(), Files.readString(p, StandardCharsets.UTF_8), found)
                            != null;
                    return () -> {
                      problems.addAll(found);
                      trees[0] += tree ? 1 : 0;
                    };
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                },
            Runnable::run);
    System.out.println(
        trees[0]
            + " YAML trees, "
            + actuals.actuals().all().size()
            + " actual items, "
            + problems.size()
            + " problems");
  }
}
