package org.forcetotaliser.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model does no I/O and knows no file format or CLI: it imports nothing from java.io,
 * java.nio, Jackson, SnakeYAML or picocli. Scans the source files.
 */
class ModelPurityTest {

  static final List<String> FORBIDDEN =
      List.of("java.io", "java.nio", "com.fasterxml", "org.yaml", "picocli");

  @Test
  void modelImportsNoIo() throws IOException {
    Path dir = Path.of("src/main/java/org/forcetotaliser/model");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
      assertThat(sources).isNotEmpty();
      for (Path p : sources) {
        String text = Files.readString(p);
        for (String f : FORBIDDEN) {
          assertThat(text).as("%s must not use %s", p.getFileName(), f)
              .doesNotContain("import " + f)
              .doesNotContain("import static " + f)
              .doesNotContain(" " + f + ".");
        }
      }
    }
  }
}
