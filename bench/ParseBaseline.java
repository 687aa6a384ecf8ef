package org.forcetotaliser.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FiscalCalendar;

/**
 * The benchmark's baseline: reads every file of a portfolio with the tool's own parsers into
 * trees and sums, and does nothing else — no mapping, validation or calculation. The harness
 * in {@code bench/} compares each command's time with this one's. Run as
 * {@code java -cp target/force-totaliser-*-all.jar org.forcetotaliser.load.ParseBaseline DIR}.
 * It reads on as many threads as the loader does ({@code -Dtotaliser.threads}), so that the
 * ratio compares like with like.
 */
public final class ParseBaseline {
  private ParseBaseline() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length == 0 ? "." : args[0]);
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> yaml = new ArrayList<>();
    List<Path> csv = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).sorted().forEach(p -> {
        String n = p.getFileName().toString();
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
          yaml.add(p);
        } else if (n.endsWith(".csv")) {
          csv.add(p);
        }
      });
    }
    // read the way the loader reads: the same threads, the actuals on one of them from the
    // start and shared at the end, every result in file order
    int threads = Workers.threadsFor(yaml.size() + csv.size());
    boolean parallel = threads > 1;
    int[] trees = {0};
    ActualsReader actuals = new ActualsReader(FiscalCalendar.APRIL, problems);
    List<ActualsFiles.FileRead> reads = new ArrayList<>();
    for (Path p : csv) {
      reads.add(reader -> {
        try (InputStream in = Files.newInputStream(p)) {
          reader.read(p.toString(), in, () -> "not UTF-8");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    ActualsFiles actualsReading = new ActualsFiles(actuals, reads);
    List<Callable<Runnable>> yamlTasks = new ArrayList<>();
    for (Path p : yaml) {
      yamlTasks.add(() -> {
        List<Diagnostic> found = parallel ? new ArrayList<>() : problems;
        boolean tree = YamlReader.read(p.toString(),
            Files.readString(p, StandardCharsets.UTF_8), found) != null;
        return () -> {
          if (found != problems) {
            problems.addAll(found);
          }
          trees[0] += tree ? 1 : 0;
        };
      });
    }
    List<Callable<Runnable>> tasks = new ArrayList<>(yamlTasks);
    tasks.addAll(actualsReading.helpers(threads - 1));
    Workers.run(List.of(actualsReading.lane()), tasks, threads);
    actualsReading.finish();
    System.out.println(trees[0] + " YAML trees, " + actuals.actuals().all().size()
        + " actual items, " + problems.size() + " problems");
  }
}
