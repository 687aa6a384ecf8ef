package org.forcetotaliser.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The calculation core does no I/O: model, calc and report import none of it. */
class PureCoreTest {
  private static final List<String> FORBIDDEN = List.of("import java.io.", "import java.nio.",
      "import com.fasterxml.", "import picocli.", "import io.pebbletemplates.",
      "import org.jfree.", "import org.dhatim.");

  @Test
  void coreImportsNoIo() throws IOException {
    Path root = Path.of("src", "main", "java", "org", "forcetotaliser");
    for (String pkg : List.of("model", "calc", "report")) {
      try (Stream<Path> files = Files.walk(root.resolve(pkg))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String text = Files.readString(f);
          for (String bad : FORBIDDEN) {
            assertThat(text).as("%s must do no I/O", f).doesNotContain(bad);
          }
        }
      }
    }
  }
}
