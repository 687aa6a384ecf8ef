package org.forcetotaliser.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FiscalCalendar;

/**
 * The benchmark's baseline: reads every file of a portfolio with the tool's own parsers into
 * trees and sums, and does nothing else — no mapping, validation or calculation. The harness
 * in {@code bench/} compares each command's time with this one's. Run as
 * {@code java -cp target/force-totaliser-*-all.jar org.forcetotaliser.load.ParseBaseline DIR}.
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
    int trees = 0;
    for (Path p : yaml) {
      if (YamlReader.read(p.toString(), Files.readString(p, StandardCharsets.UTF_8), problems)
          != null) {
        trees++;
      }
    }
    ActualsReader actuals = new ActualsReader(FiscalCalendar.APRIL, problems);
    for (Path p : csv) {
      try (InputStream in = Files.newInputStream(p)) {
        actuals.read(p.toString(), in, () -> "not UTF-8");
      }
    }
    System.out.println(trees + " YAML trees, " + actuals.actuals().all().size()
        + " actual items, " + problems.size() + " problems");
  }
}
