package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} writes a portfolio that passes {@code check}, and never overwrites. */
class InitCommandTest {
  private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
    return Main.run(new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  @Test
  void aNewPortfolioPassesCheckAndPointsEditorsAtItsSchemas(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("new-force");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(out, err, "init", dir.toString())).isZero();
    assertThat(Files.readString(dir.resolve("projects/example-project.yaml")))
        .startsWith("# yaml-language-server: $schema=../schemas/project.schema.json\n");
    assertThat(Files.readString(dir.resolve("force.yaml")))
        .startsWith("# yaml-language-server: $schema=schemas/force.schema.json\n");
    assertThat(dir.resolve("schemas/project.schema.json")).exists();
    ByteArrayOutputStream checkOut = new ByteArrayOutputStream();
    ByteArrayOutputStream checkErr = new ByteArrayOutputStream();
    assertThat(run(checkOut, checkErr, "check", "--strict", dir.toString()))
        .as(checkErr.toString(StandardCharsets.UTF_8)).isZero();
  }

  @Test
  void anExistingPortfolioIsNeverOverwritten(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("force.yaml"), "force: Mine\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(out, err, "init", tmp.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not overwriting");
    assertThat(Files.readString(tmp.resolve("force.yaml"))).isEqualTo("force: Mine\n");
    assertThat(tmp.resolve("projects")).doesNotExist();
  }
}
