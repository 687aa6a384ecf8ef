package org.forcetotaliser.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.load.PortfolioLoader;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.report.EstimateReport;
import org.forcetotaliser.report.ReconcileReport;
import org.forcetotaliser.report.Reports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report written as it is made is the same document as one built whole in memory, and the
 * estimate that streams keeps only project-level figures.
 */
class StreamedJsonTest {
  private static LoadResult examples() {
    LoadResult r = PortfolioLoader.load(List.of("examples"), new ByteArrayInputStream(new byte[0]));
    assertThat(r.portfolio()).isNotNull();
    return r;
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aStreamedEstimateIsTheDocumentBuiltWhole(boolean uncertain) {
    LoadResult in = examples();
    Reports.UncertaintyOptions options =
        uncertain ? new Reports.UncertaintyOptions(true, 500, 7) : Reports.UncertaintyOptions.NONE;
    EstimateReport whole =
        Reports.estimate(in.portfolio(), in.reference(), in.portfolio().settings(), true, options);

    StringWriter out = new StringWriter();
    JsonRenderer.EstimateStream stream =
        new JsonRenderer.EstimateStream(out, in.portfolio().settings(), true);
    List<ProjectAppraisal> seen = new ArrayList<>();
    Reports.Estimating estimating =
        Reports.estimating(
            in.portfolio(), in.reference(), in.portfolio().settings(), true, options);
    new org.forcetotaliser.cli.Pool(2, 1)
        .map(
            estimating.projects(),
            () -> {
              var appraise = estimating.worker();
              return i -> {
                Reports.Appraised a = appraise.apply(i);
                return java.util.Map.entry(a, stream.prepare(a.appraisal(), a.uncertainty()));
              };
            },
            done -> {
              ProjectAppraisal p = done.getKey().appraisal();
              seen.add(p);
              stream.accept(p, done.getKey().uncertainty(), done.getValue());
              estimating.add(done.getKey().slim());
            });
    EstimateReport slim = estimating.finish();
    stream.finish(slim, whole.notes().stream().sorted().toList());

    assertThat(out.toString()).isEqualTo(JsonRenderer.estimate(whole));
    assertThat(slim.notes()).isEqualTo(whole.notes());
    // the sink saw every project whole, in order; the report kept their sums only
    assertThat(seen)
        .hasSize(10)
        .extracting(p -> p.project().id())
        .isEqualTo(whole.projects().stream().map(p -> p.project().id()).toList());
    for (int i = 0; i < seen.size(); i++) {
      ProjectAppraisal kept = slim.projects().get(i);
      assertThat(kept.facts()).isEmpty();
      // a qualitative benefit keeps its quarters: they are its targets, which an estimate lists
      assertThat(kept.benefits())
          .filteredOn(
              b -> b.benefit().type() != org.forcetotaliser.model.BenefitDetail.Type.QUALITATIVE)
          .allSatisfy(b -> assertThat(b.quarters()).isEmpty());
      assertThat(kept.costs()).allSatisfy(c -> assertThat(c.quarters()).isEmpty());
      assertThat(seen.get(i).facts()).isNotEmpty();
      assertThat(seen.get(i).facts()).hasSameSizeAs(whole.projects().get(i).facts());
      assertThat(kept.measures())
          .isEqualTo(seen.get(i).measures())
          .isEqualTo(whole.projects().get(i).measures());
      assertThat(kept.benefits().get(0).pv()).isEqualTo(seen.get(i).benefits().get(0).pv());
    }
    // every other format reads the same from the slim report as from the whole one
    for (Format f : List.of(Format.TABLE, Format.CSV, Format.MARKDOWN)) {
      assertThat(Renderer.estimate(slim, f)).isEqualTo(Renderer.estimate(whole, f));
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aStreamedReconciliationIsTheDocumentBuiltWhole(boolean byQuarter) {
    LoadResult in = examples();
    ReconcileReport r =
        Reports.reconcile(
            in.portfolio(),
            in.reference(),
            in.portfolio().settings(),
            Quarter.parse("2026-27 Q2"),
            byQuarter,
            i -> true);
    StringWriter out = new StringWriter();
    JsonRenderer.reconcile(r, r.notes().stream().sorted().toList(), out);
    assertThat(out.toString())
        .isEqualTo(JsonRenderer.reconcile(r))
        .contains("\"missing\"")
        .endsWith("}\n");
    assertThat(out.toString().contains("\"quarters\"")).isEqualTo(byQuarter);
    // rows per quarter are kept only when they are shown
    assertThat(r.benefits().stream().anyMatch(i -> !i.quarters().isEmpty())).isEqualTo(byQuarter);
  }
}
