package org.forcetotaliser.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden: the expected output, checked in. Run the tests with
 * {@code -Dgolden.update=true} to rewrite them from the current output, then read the diff before
 * committing.
 */
final class Golden {
  static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  static void check(String relative, String actual) throws IOException {
    Path file = ROOT.resolve(relative);
    if (updating()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual)
        .as(
            "output differs from %s; if the change is intended, rerun with"
                + " -Dgolden.update=true and read the diff",
            file)
        .isEqualTo(expected);
  }
}
