package org.forcetotaliser.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Uncertain;

/** Writes model objects back to portfolio files, for tests that go through the loader. */
final class PortfolioFiles {
  static final String FORCE =
      """
      force: Test Constabulary
      price_base: 2024-25
      discount_year: 2025-26
      fte_hours: 1650
      """;

  private PortfolioFiles() {}

  static String yaml(Project p) {
    StringBuilder sb = new StringBuilder();
    sb.append("id: ")
        .append(p.id())
        .append('\n')
        .append("name: ")
        .append(p.name())
        .append('\n')
        .append("owner: ")
        .append(p.owner())
        .append('\n')
        .append("building_block: ")
        .append(p.buildingBlock().key())
        .append('\n')
        .append("stage: ")
        .append(p.stage().key())
        .append('\n')
        .append("area: ")
        .append(p.area())
        .append('\n')
        .append("start: ")
        .append(p.start())
        .append('\n')
        .append("end: ")
        .append(p.end())
        .append('\n')
        .append("prices: ")
        .append(p.prices())
        .append('\n');
    if (!p.costs().isEmpty()) {
      sb.append("costs:\n");
      for (Cost c : p.costs()) {
        sb.append("  - id: ")
            .append(c.id())
            .append('\n')
            .append("    kind: ")
            .append(c.kind().key())
            .append('\n')
            .append("    optimism_bias: ")
            .append(n(c.optimismBias()))
            .append('\n')
            .append("    profile: ")
            .append(profile(c.profile()))
            .append('\n');
      }
    }
    sb.append("benefits:\n");
    for (Benefit b : p.benefits()) {
      sb.append("  - id: ")
          .append(b.id())
          .append('\n')
          .append("    type: ")
          .append(b.type().key())
          .append('\n')
          .append("    profile: ")
          .append(profile(b.profile()))
          .append('\n');
      BenefitDetail d = b.detail();
      if (d instanceof BenefitDetail.CrimeHarm c) {
        sb.append("    offence: ")
            .append(c.offence())
            .append("\n    counted_as: ")
            .append(c.countedAs())
            .append('\n');
      } else if (d instanceof BenefitDetail.HoursFreed h) {
        sb.append("    role: ").append(h.role()).append("\n    use: ").append(h.use()).append('\n');
      } else if (d instanceof BenefitDetail.Wider w) {
        sb.append("    unit_value: ")
            .append(n(w.unitValue()))
            .append("\n    price_year: ")
            .append(w.priceYear())
            .append("\n    class: ")
            .append(w.valueClass())
            .append("\n    source: \"")
            .append(w.source())
            .append("\"\n    cashable: ")
            .append(w.cashable())
            .append('\n');
      } else if (d instanceof BenefitDetail.Qualitative q) {
        sb.append("    measure: \"").append(q.measure()).append("\"\n");
      }
      if (b.type() != BenefitDetail.Type.QUALITATIVE) {
        Factors f = b.factors();
        sb.append("    deadweight: ")
            .append(n(f.deadweight()))
            .append('\n')
            .append("    displacement: ")
            .append(n(f.displacement()))
            .append('\n')
            .append("    leakage: ")
            .append(n(f.leakage()))
            .append('\n')
            .append("    substitution: ")
            .append(n(f.substitution()))
            .append('\n')
            .append("    attribution: ")
            .append(n(f.attribution()))
            .append('\n')
            .append("    optimism_bias: ")
            .append(n(f.optimismBias()))
            .append('\n');
        if (b.claim() != null) {
          sb.append("    claim: ").append(b.claim()).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static String n(Uncertain u) {
    return u.likely().toPlainString();
  }

  private static String profile(Profile p) {
    if (p instanceof Profile.Rate r) {
      return "{ " + r.key() + ": " + n(r.amount()) + ", drop_off: " + n(r.dropOff()) + " }";
    }
    StringBuilder sb = new StringBuilder("{ ");
    boolean first = true;
    for (Map.Entry<Object, Uncertain> e : ((Profile.Explicit) p).entries().entrySet()) {
      sb.append(first ? "" : ", ")
          .append('"')
          .append(e.getKey())
          .append("\": ")
          .append(n(e.getValue()));
      first = false;
    }
    return sb.append(" }").toString();
  }

  /** The actuals of the given projects, one row per quarter. */
  static String csv(Actuals actuals, List<Project> projects) {
    StringBuilder sb = new StringBuilder("project,item,period,actual\n");
    for (Map.Entry<Actuals.Key, java.util.NavigableMap<Quarter, Actuals.Cell>> e :
        actuals.all().entrySet()) {
      if (projects.stream().noneMatch(p -> p.id().equals(e.getKey().project()))) {
        continue;
      }
      for (Map.Entry<Quarter, Actuals.Cell> q : e.getValue().entrySet()) {
        BigDecimal v = q.getValue().actual();
        sb.append(e.getKey().project())
            .append(',')
            .append(e.getKey().item())
            .append(',')
            .append(q.getKey())
            .append(',')
            .append(v.toPlainString())
            .append('\n');
      }
    }
    return sb.toString();
  }

  /** Writes a portfolio folder: force.yaml (if asked), the projects, one actuals file. */
  static void write(Path dir, boolean force, List<Project> projects, Actuals actuals)
      throws IOException {
    Files.createDirectories(dir.resolve("projects"));
    Files.createDirectories(dir.resolve("actuals"));
    if (force) {
      Files.writeString(dir.resolve("force.yaml"), FORCE, StandardCharsets.UTF_8);
    }
    for (Project p : projects) {
      Files.writeString(
          dir.resolve("projects").resolve(p.id() + ".yaml"), yaml(p), StandardCharsets.UTF_8);
    }
    Files.writeString(
        dir.resolve("actuals").resolve("returns.csv"),
        csv(actuals, projects),
        StandardCharsets.UTF_8);
  }
}
