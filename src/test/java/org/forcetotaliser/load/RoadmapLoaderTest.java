package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Roadmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the roadmap is read from, and every field of an action mapped into the model. */
class RoadmapLoaderTest {

  private static final String PROJECT =
      """
      id: op-harbour
      name: Operation Harbour
      owner: Ch Insp A. Example
      building_block: partnerships
      stage: live
      start: 2025-26 Q1
      end: 2026-27 Q4
      benefits:
        - { id: saving, type: cashable, profile: { per_year: 1000 } }
      """;

  private static final String ROOT =
      """
      blocks:
        partnerships: { lead: "Supt B. Example", ambition: "Problems solved once" }
      actions:
        - id: hub
          title: Open the hub
          building_block: partnerships
          owner: Supt B. Example
          start: 2025-26 Q1
          due: 2026-27 Q1
          done: 2026-27 Q1
          projects: [op-harbour]
          milestones:
            - { id: premises, due: 2025-26 Q3, done: 2025-26 Q4 }
          progress:
            2025-26 Q2: { rag: amber, note: "premises late" }
      """;

  private static final String MORE =
      """
      actions:
        - id: rota
          title: A new rota
          building_block: workforce
          owner: Ms C. Example
          start: 2026-27 Q1
          due: 2026-27 Q4
      """;

  private static Path portfolio(Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("projects"));
    Files.createDirectories(tmp.resolve("roadmap/people"));
    Files.writeString(tmp.resolve("projects/harbour.yaml"), PROJECT);
    Files.writeString(tmp.resolve("roadmap.yaml"), ROOT);
    Files.writeString(tmp.resolve("roadmap/people/rota.yaml"), MORE);
    return tmp;
  }

  @Test
  void rootFileThenTheRoadmapFolder(@TempDir Path tmp) throws IOException {
    LoadResult r =
        PortfolioLoader.load(List.of(portfolio(tmp).toString()), InputStream.nullInputStream());
    assertThat(r.diagnostics()).isEmpty();
    Roadmap roadmap = r.portfolio().roadmap();
    assertThat(roadmap.actions()).extracting(Roadmap.Action::id).containsExactly("hub", "rota");
    assertThat(roadmap.blocks().get(BuildingBlock.PARTNERSHIPS).lead())
        .isEqualTo("Supt B. Example");
    assertThat(roadmap.blocks()).doesNotContainKey(BuildingBlock.WORKFORCE);
  }

  @Test
  void everyFieldOfAnAction(@TempDir Path tmp) throws IOException {
    Roadmap.Action hub =
        PortfolioLoader.load(List.of(portfolio(tmp).toString()), InputStream.nullInputStream())
            .portfolio()
            .roadmap()
            .actions()
            .get(0);
    assertThat(hub.title()).isEqualTo("Open the hub");
    assertThat(hub.block()).isEqualTo(BuildingBlock.PARTNERSHIPS);
    assertThat(hub.owner()).isEqualTo("Supt B. Example");
    assertThat(hub.start()).isEqualTo(Quarter.of(2025, 1));
    assertThat(hub.due()).isEqualTo(Quarter.of(2026, 1));
    assertThat(hub.done()).isEqualTo(Quarter.of(2026, 1));
    assertThat(hub.projects()).containsExactly("op-harbour");
    assertThat(hub.milestones())
        .containsExactly(
            new Roadmap.Milestone(
                "premises",
                Quarter.of(2025, 3),
                Quarter.of(2025, 4),
                hub.milestones().get(0).location()));
    Roadmap.Progress p = hub.progress().get(Quarter.of(2025, 2));
    assertThat(p.rag()).isEqualTo(Roadmap.ReportedRag.AMBER);
    assertThat(p.note()).isEqualTo("premises late");
  }

  @Test
  void aRoadmapFileGivenOnItsOwnIsReadAsOne(@TempDir Path tmp) throws IOException {
    Path dir = portfolio(tmp);
    LoadResult r =
        PortfolioLoader.load(
            List.of(
                dir.resolve("projects/harbour.yaml").toString(),
                dir.resolve("roadmap/people/rota.yaml").toString()),
            InputStream.nullInputStream());
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.portfolio().projects()).hasSize(1);
    assertThat(r.portfolio().roadmap().actions())
        .extracting(Roadmap.Action::id)
        .containsExactly("rota");
  }

  @Test
  void noRoadmapIsAnEmptyOne(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("projects"));
    Files.writeString(tmp.resolve("projects/harbour.yaml"), PROJECT);
    LoadResult r = PortfolioLoader.load(List.of(tmp.toString()), InputStream.nullInputStream());
    assertThat(r.portfolio().roadmap().isEmpty()).isTrue();
  }
}
