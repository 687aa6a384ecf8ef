package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files are replaced whole, keep the permissions they had, and leave no litter. */
class AtomicFileTest {

  @Test
  void aNewFileIsReadableByOthersAndNoTemporaryFileIsLeft(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("total.json");
    AtomicFile.write(out, "{}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(out)).isEqualTo("{}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r--r--");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("total.json");
    }
  }

  @Test
  void aReplacedFileKeepsItsPermissions(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("pack.html");
    Files.writeString(out, "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
    AtomicFile.write(out, "new".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(out)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-------");
  }
}
