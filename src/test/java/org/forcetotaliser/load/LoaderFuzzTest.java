package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.check.Validator;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.render.DiagnosticPrinter;

/**
 * Fuzz targets for the file readers. Any bytes must end in a result and diagnostics, never an
 * exception. Without {@code JAZZER_FUZZ=1} each target replays the inputs committed under {@code
 * src/test/resources/org/forcetotaliser/load/LoaderFuzzTestInputs/<method>/}; see
 * docs/reliability.md for fuzzing them.
 */
class LoaderFuzzTest {

  /** Bytes as a project file on standard input, through the loader and every rule. */
  @FuzzTest
  void projectFile(byte[] bytes) {
    LoadResult r = PortfolioLoader.load(List.of("-"), new ByteArrayInputStream(bytes));
    List<Diagnostic> found = Validator.validate(r);
    for (Diagnostic d : found) {
      assertThat(d.location().file()).isEqualTo(PortfolioLoader.STDIN);
    }
    String text = DiagnosticPrinter.text(found);
    assertThat(text.lines().count()).isLessThanOrEqualTo(4L * DiagnosticPrinter.LIMIT + 1);
    DiagnosticPrinter.json(found);
    // standard input that starts with the actuals header is an actuals file, not a project
    if (found.stream().noneMatch(Diagnostic::isError) && !PortfolioLoader.isActualsCsv(bytes)) {
      assertThat(r.portfolio().projects()).hasSize(1);
    }
  }

  /** Bytes as an actuals file, streamed by the CSV reader. */
  @FuzzTest
  void actualsFile(byte[] bytes) throws IOException {
    List<Diagnostic> found = new ArrayList<>();
    ActualsReader reader = new ActualsReader(ForceSettings.defaults().calendar(), found);
    reader.read(
        "fuzz.csv",
        new ByteArrayInputStream(bytes),
        TextFiles.encoding(new ByteArrayInputStream(bytes)));
    reader.recordLocations(new SourceMap());
    reader.actuals();
    for (Diagnostic d : found) {
      assertThat(d.location().file()).isEqualTo("fuzz.csv");
    }
    // one file stops after MAX_PROBLEMS problems and says so once more
    assertThat(found).hasSizeLessThanOrEqualTo(ActualsReader.MAX_PROBLEMS + 1);
  }

  /** Bytes as a workbook under actuals/, read by the zip and XML reader. */
  @FuzzTest
  void workbook(byte[] bytes) throws IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("fuzz", ".xlsx");
    try {
      java.nio.file.Files.write(file, bytes);
      List<Diagnostic> found = new ArrayList<>();
      ActualsReader reader = new ActualsReader(ForceSettings.defaults().calendar(), found);
      reader.parseWorkbook("fuzz.xlsx", file).forEach(reader::add);
      reader.actuals();
      for (Diagnostic d : found) {
        assertThat(d.location().file()).isEqualTo("fuzz.xlsx");
      }
      DiagnosticPrinter.text(found);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
