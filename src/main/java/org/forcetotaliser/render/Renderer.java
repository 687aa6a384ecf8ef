package org.forcetotaliser.render;

import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.calc.Breakdown;
import org.forcetotaliser.report.EstimateReport;
import org.forcetotaliser.report.EstimateTables;
import org.forcetotaliser.report.ReconcileReport;
import org.forcetotaliser.report.ReconcileTables;
import org.forcetotaliser.report.ReportTable;
import org.forcetotaliser.report.TotalReport;
import org.forcetotaliser.report.TotalTables;

/** Picks the renderer for a format: one report, many renderings. No figure is computed here. */
public final class Renderer {
  private Renderer() {}

  public static String estimate(EstimateReport r, Format f) {
    return switch (f) {
      case JSON -> JsonRenderer.estimate(r);
      case CSV -> Cells.table(EstimateTables.flat(r)).toCsv();
      case TABLE, MARKDOWN -> {
        List<TextTable> tables = new ArrayList<>();
        for (ReportTable t : estimateTables(r)) {
          tables.add(Cells.table(t));
        }
        yield document("Estimate", Tables.basis(r.settings()), tables, f);
      }
      case HTML, XLSX, GITHUB -> throw unsupported("estimate", f);
    };
  }

  public static String reconcile(ReconcileReport r, Format f) {
    return switch (f) {
      case JSON -> JsonRenderer.reconcile(r);
      case CSV -> Cells.table(ReconcileTables.flat(r)).toCsv();
      case TABLE, MARKDOWN -> {
        List<TextTable> tables = new ArrayList<>();
        tables.add(Cells.table(ReconcileTables.items("Benefits", r.benefits(), r.byQuarter())));
        if (!r.costs().isEmpty()) {
          tables.add(
              Cells.table(
                  ReconcileTables.items("Costs (spend against plan)", r.costs(), r.byQuarter())));
        }
        tables.add(Cells.table(ReconcileTables.ragCounts(r.benefits())));
        yield document(
            "Reconciliation as of " + r.asOf(),
            Tables.undiscountedBasis(r.settings())
                + "; planned and actual net of additionality, before optimism bias",
            tables,
            f);
      }
      case HTML, XLSX, GITHUB -> throw unsupported("reconcile", f);
    };
  }

  public static String total(TotalReport r, Format f) {
    return switch (f) {
      case JSON -> JsonRenderer.total(r);
      case CSV -> Cells.table(TotalTables.flat(r)).toCsv();
      case TABLE, MARKDOWN -> {
        List<TextTable> tables = new ArrayList<>();
        tables.add(Cells.table(TotalTables.headline(r)));
        for (Breakdown d : r.dimensions()) {
          tables.add(Cells.table(TotalTables.breakdown(d, r.total().breakdowns().get(d))));
        }
        if (!r.total().doubleCounts().isEmpty()) {
          tables.add(Cells.table(TotalTables.doubleCounts(r.total().doubleCounts())));
        }
        yield document(
            "Force total as of " + r.total().asOf(), Tables.basis(r.settings()), tables, f);
      }
      case HTML, XLSX, GITHUB -> throw unsupported("total", f);
    };
  }

  /**
   * The tables of an estimate the table and Markdown formats show, in order: value, harm and hours,
   * qualitative targets, by year, then the uncertainty asked for.
   */
  static List<ReportTable> estimateTables(EstimateReport r) {
    List<ReportTable> tables = new ArrayList<>();
    tables.add(EstimateTables.value(r));
    tables.add(EstimateTables.harm(r));
    ReportTable targets = EstimateTables.qualitativeTargets(r);
    if (targets != null) {
      tables.add(targets);
    }
    if (r.byYear()) {
      tables.add(EstimateTables.years(r));
    }
    if (r.hasUncertainty()) {
      if (r.portfolioUncertainty().hasScenarios()) {
        tables.add(EstimateTables.scenarios(r));
      }
      if (r.portfolioUncertainty().simulation() != null) {
        tables.add(EstimateTables.simulation(r));
      }
      tables.add(EstimateTables.tornado(r));
    }
    return tables;
  }

  /**
   * A format a command does not write as text: the command line refuses it (exit 2) or writes it
   * itself (a workbook) before a renderer is asked.
   */
  static IllegalArgumentException unsupported(String report, Format f) {
    return new IllegalArgumentException(report + " has no " + f + " text rendering");
  }

  /** Tables under a title, as a terminal page or a Markdown document. */
  static String document(String title, String basis, List<TextTable> tables, Format f) {
    StringBuilder sb = new StringBuilder();
    if (f == Format.MARKDOWN) {
      sb.append("## ")
          .append(Escapes.markdown(title))
          .append("\n\n")
          .append(Escapes.markdown(basis))
          .append("\n\n");
      for (TextTable t : tables) {
        sb.append(t.toMarkdown()).append('\n');
      }
    } else {
      sb.append(Escapes.controls(title))
          .append('\n')
          .append(Escapes.controls(basis))
          .append("\n\n");
      for (int i = 0; i < tables.size(); i++) {
        if (i > 0) {
          sb.append('\n');
        }
        sb.append(tables.get(i).toTable());
      }
    }
    return sb.toString();
  }
}
