package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} writes a portfolio that passes {@code check}, and never overwrites. */
class InitCommandTest {
  @Test
  void aNewPortfolioPassesCheckAndPointsEditorsAtItsSchemas(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("new-force");
    assertThat(Cli.run("init", dir.toString()).code()).isZero();
    assertThat(Files.readString(dir.resolve("projects/example-project.yaml")))
        .startsWith("# yaml-language-server: $schema=../schemas/project.schema.json\n");
    assertThat(Files.readString(dir.resolve("force.yaml")))
        .startsWith("# yaml-language-server: $schema=schemas/force.schema.json\n");
    assertThat(dir.resolve("schemas/project.schema.json")).exists();
    assertThat(dir.resolve("schemas/roadmap.schema.json")).exists();
    assertThat(Files.readString(dir.resolve("roadmap.yaml")))
        .startsWith("# yaml-language-server: $schema=schemas/roadmap.schema.json");
    Cli roadmap = Cli.run("roadmap", "--as-of", "2027-28 Q1", dir.toString());
    assertThat(roadmap.code()).as(roadmap.err()).isZero();
    // as of 2027-28 Q1: started 2026-27 Q3, due 2028-29 Q4 → in progress; one milestone due
    // (first-step, met), the second not yet due
    assertThat(roadmap.out()).contains("example-action").contains("In progress");
    Cli check = Cli.run("check", "--strict", dir.toString());
    assertThat(check.code()).as(check.err()).isZero();
  }

  @Test
  void anExistingPortfolioIsNeverOverwritten(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("force.yaml"), "force: Mine\n");
    Cli init = Cli.run("init", tmp.toString());
    assertThat(init.code()).isEqualTo(Main.USAGE);
    assertThat(init.err()).contains("not overwriting");
    assertThat(Files.readString(tmp.resolve("force.yaml"))).isEqualTo("force: Mine\n");
    assertThat(tmp.resolve("projects")).doesNotExist();
  }
}
