package org.forcetotaliser.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.forcetotaliser.check.Validator;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.load.PortfolioLoader;
import org.forcetotaliser.load.ReferenceTables;
import org.forcetotaliser.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema agrees with the tool: every example file is valid against it, and inputs that
 * {@code check} rejects for their shape are rejected by the schema too.
 */
class SchemaTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema PROJECT =
      FACTORY.getSchema(SchemaWriter.project(ReferenceTables.bundled()));
  private static final JsonSchema FORCE =
      FACTORY.getSchema(SchemaWriter.force(ReferenceTables.bundled()));
  private static final JsonSchema ROADMAP = FACTORY.getSchema(SchemaWriter.roadmap());

  static Stream<Path> exampleProjects() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("examples/projects"))) {
      return s.sorted().toList().stream();
    }
  }

  private static Set<ValidationMessage> validate(JsonSchema schema, String yaml)
      throws IOException {
    JsonNode node = YAML.readTree(yaml);
    return schema.validate(node);
  }

  @ParameterizedTest
  @MethodSource("exampleProjects")
  void everyExampleProjectIsValid(Path file) throws IOException {
    assertThat(validate(PROJECT, Files.readString(file))).isEmpty();
  }

  @Test
  void theExampleForceFileIsValid() throws IOException {
    assertThat(validate(FORCE, Files.readString(Path.of("examples/force.yaml")))).isEmpty();
  }

  @Test
  void theInitTemplatesAreValid() throws IOException {
    String base = "src/main/resources/org/forcetotaliser/init/";
    assertThat(validate(PROJECT, Files.readString(Path.of(base + "projects/example-project.yaml"))))
        .isEmpty();
    assertThat(validate(FORCE, Files.readString(Path.of(base + "force.yaml")))).isEmpty();
    assertThat(validate(ROADMAP, Files.readString(Path.of(base + "roadmap.yaml")))).isEmpty();
  }

  @Test
  void theExampleRoadmapIsValid() throws IOException {
    assertThat(validate(ROADMAP, Files.readString(Path.of("examples/roadmap.yaml")))).isEmpty();
  }

  /** A roadmap with a misspelt key, an unknown block or a bad status fails the schema too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "building_block: workforce|building_block: workforse",
        "owner: O|owner: O\n    sponsor: S",
        "rag: amber|rag: orange",
        "due: 2026-27 Q2|due: 2026-27"
      })
  void theRoadmapSchemaRejectsWhatCheckRejects(String change) throws IOException {
    String good =
        """
        actions:
          - id: a
            title: T
            building_block: workforce
            owner: O
            start: 2025-26 Q1
            due: 2026-27 Q2
            progress:
              2025-26 Q2: { rag: amber }
        """;
    assertThat(validate(ROADMAP, good)).isEmpty();
    String[] parts = change.split("\\|", 2);
    String bad = good.replace(parts[0], parts[1].replace("\\n", "\n"));
    assertThat(bad).isNotEqualTo(good);
    assertThat(validate(ROADMAP, bad)).as("schema on %s", change).isNotEmpty();
  }

  private static final String GOOD =
      """
      id: p
      name: P
      owner: O
      building_block: workforce
      stage: live
      start: 2025-26 Q1
      end: 2026-27 Q4
      benefits:
        - id: cash
          type: cashable
          profile: { per_year: 1000 }
      """;

  @Test
  void theBaseOfTheBadCasesIsGood() throws IOException {
    assertThat(validate(PROJECT, GOOD)).isEmpty();
    assertThat(checkRules(GOOD)).isEmpty();
  }

  /** Each bad case changes one thing in a good project; both the schema and check reject it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "stage: live|stage: alive",
        "building_block: workforce|building_block: workforse",
        "start: 2025-26 Q1|start: 2025-26 Q5",
        "owner: O|owner: O\nsponsor: S",
        "type: cashable|type: cashable\n    atribution: 50%",
        "per_year: 1000|per_year: -5",
        "type: cashable|type: cashable\n    attribution: 150%",
        "id: p|id: Project P"
      })
  void checkAndTheSchemaAgreeOnBadInput(String change) throws IOException {
    String[] parts = change.split("\\|", 2);
    String bad = GOOD.replace(parts[0], parts[1]);
    assertThat(bad).isNotEqualTo(GOOD);
    assertThat(validate(PROJECT, bad)).as("schema on %s", change).isNotEmpty();
    assertThat(checkRules(bad)).as("check on %s", change).isNotEmpty();
  }

  private static List<String> checkRules(String yaml) {
    LoadResult r =
        PortfolioLoader.load(
            List.of("-"),
            new ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return Validator.validate(r).stream()
        .filter(Diagnostic::isError)
        .map(Diagnostic::rule)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(SchemaKind.class)
  void everyKindIsNamedByItsWordAndHasADraft2020Schema(SchemaKind kind) throws IOException {
    // `schema project|force|roadmap` and `init` both reach a kind through its word
    assertThat(SchemaKind.of(kind.id())).contains(kind);
    JsonNode schema = YAML.readTree(kind.schema(ReferenceTables.bundled()));
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void aWordThatNamesNoKindIsNone() {
    assertThat(SchemaKind.of("Project")).isEmpty();
    assertThat(SchemaKind.of("actuals")).isEmpty();
  }
}
