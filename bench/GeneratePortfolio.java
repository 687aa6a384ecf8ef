import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic portfolio in the Force Totaliser file format, for timing the tool on large
 * inputs.
 *
 * <pre>
 * java bench/GeneratePortfolio.java OUTDIR [N] [SEED]
 * </pre>
 *
 * N projects (default 10,000), each with 8 benefits of all five types and 2 costs over the 16
 * quarters 2025-26 Q1 to 2028-29 Q4, plus actuals for the 12 quarters 2025-26 Q1 to 2027-28 Q4 (one
 * CSV file per quarter, quarterly and monthly rows, some quarters missing). The same N and SEED
 * (default 1) always give byte-identical files.
 */
public final class GeneratePortfolio {

  static final int QUARTERS = 16; // 2025-26 Q1 .. 2028-29 Q4
  static final int ACTUAL_QUARTERS = 12; // 2025-26 Q1 .. 2027-28 Q4
  static final int FIRST_FY = 2025;

  static final String[] BLOCKS = {
    "leadership-and-culture",
    "partnerships",
    "data-and-digital",
    "resourcing-and-efficiency",
    "projects-and-prevention",
    "workforce"
  };

  /** Bundled offence codes that carry a Home Office cost category. */
  static final String[] COSTED_OFFENCES = {
    "8N", "8P", "5D", "105A", "105B", "28E", "28F", "30C", "34B", "39", "45", "46", "48", "56B",
    "58A", "58B", "58C", "19C", "20A"
  };

  /** Bundled offence codes with no cost category: reported as not costed. */
  static final String[] UNCOSTED_OFFENCES = {"10D", "92A", "8L", "44"};

  static final String[] ROLES = {"sergeant-and-below", "inspector-and-above", "pcso"};
  static final String[] USES = {"redeployed", "redeployed", "redeployed", "released", "cashed"};
  static final String[] CLASSES = {"fiscal", "economic", "social"};
  static final String[] CONFIDENCE = {"high", "medium", "low"};

  /** Benefit types by slot: 3 crime-harm, 2 hours-freed, 1 cashable, 1 wider, 1 qualitative. */
  static final String[] SLOTS = {
    "crime-harm",
    "crime-harm",
    "crime-harm",
    "hours-freed",
    "hours-freed",
    "cashable",
    "wider",
    "qualitative"
  };

  static final int AREAS = 24;
  static final int CLAIM_KEYS = 200;

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: java bench/GeneratePortfolio.java OUTDIR [N] [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
    if (n < 1) {
      System.err.println("N must be at least 1");
      System.exit(2);
    }
    long rows = new GeneratePortfolio(out, seed).generate(n);
    System.out.printf(
        Locale.ROOT, "wrote %d projects and %d actual rows to %s (seed %d)%n", n, rows, out, seed);
  }

  private final Path out;
  private final SplittableRandom random;

  GeneratePortfolio(Path out, long seed) {
    this.out = out;
    this.random = new SplittableRandom(seed);
  }

  long generate(int n) throws IOException {
    Files.createDirectories(out.resolve("projects"));
    Files.createDirectories(out.resolve("actuals"));
    writeForce();
    for (String block : BLOCKS) {
      Files.createDirectories(out.resolve("projects").resolve(block));
    }
    List<BufferedWriter> actuals = new ArrayList<>();
    long rows = 0;
    try {
      for (int q = 0; q < ACTUAL_QUARTERS; q++) {
        BufferedWriter w =
            Files.newBufferedWriter(
                out.resolve("actuals").resolve("return-" + quarter(q).replace(' ', '-') + ".csv"),
                StandardCharsets.UTF_8);
        w.write("project,item,period,actual,note\n");
        actuals.add(w);
      }
      for (int i = 0; i < n; i++) {
        rows += project(i, actuals);
      }
    } finally {
      for (BufferedWriter w : actuals) {
        w.close();
      }
    }
    return rows;
  }

  private void writeForce() throws IOException {
    String text =
        """
        # Synthetic portfolio for benchmarks. Generated; do not edit by hand.
        force: Benchmark Constabulary
        price_base: 2024-25
        discount_year: 2025-26
        discount_schedule: standard
        harm_index: css
        fte_hours: 1650
        tolerance: { green: 90%, amber: 70% }
        """;
    Files.writeString(out.resolve("force.yaml"), text, StandardCharsets.UTF_8);
  }

  /** Writes one project file and its actual rows; returns the number of rows. */
  private long project(int index, List<BufferedWriter> actuals) throws IOException {
    String id = String.format(Locale.ROOT, "p%05d", index);
    String block = BLOCKS[random.nextInt(BLOCKS.length)];
    int s = random.nextInt(100);
    String stage = s < 70 ? "live" : s < 85 ? "approved" : s < 93 ? "proposed" : "closed";
    String area = random.nextInt(5) == 0 ? "force-wide" : "area-" + (1 + random.nextInt(AREAS));
    boolean nominal = random.nextInt(10) == 0;
    // How well this project delivers: realisation around this level, quarter by quarter.
    double delivery = 0.5 + random.nextDouble() * 0.7;

    StringBuilder y = new StringBuilder(4096);
    y.append("id: ").append(id).append('\n');
    y.append("name: Synthetic project ").append(index + 1).append('\n');
    y.append("owner: Benchmark owner ").append(1 + random.nextInt(400)).append('\n');
    y.append("building_block: ").append(block).append('\n');
    y.append("stage: ").append(stage).append('\n');
    y.append("area: ").append(area).append('\n');
    y.append("start: ").append(quarter(0)).append('\n');
    y.append("end: ").append(quarter(QUARTERS - 1)).append('\n');
    if (nominal) {
      y.append("prices: nominal\n");
    }

    List<Item> items = new ArrayList<>();
    y.append("costs:\n");
    double revenue = 20_000 + random.nextInt(180) * 1000;
    y.append("  - id: running-costs\n    kind: revenue\n");
    y.append("    profile: { per_year: ").append(num(revenue)).append(" }\n");
    y.append("    optimism_bias: ").append(5 + random.nextInt(26)).append("%\n");
    double[] running = new double[QUARTERS];
    Arrays.fill(running, revenue / 4);
    items.add(new Item("running-costs", "cost", running));
    double capital = 10_000 + random.nextInt(490) * 1000;
    y.append("  - id: set-up\n    kind: ")
        .append(random.nextInt(4) == 0 ? "in-kind" : "capital")
        .append('\n');
    y.append("    profile: { ").append(quarter(0)).append(": ").append(num(capital)).append(" }\n");
    y.append("    optimism_bias: ").append(10 + random.nextInt(191)).append("%\n");

    y.append("benefits:\n");
    for (int b = 0; b < SLOTS.length; b++) {
      String type = SLOTS[b];
      String bid = type + "-" + (b + 1);
      y.append("  - id: ").append(bid).append('\n');
      y.append("    type: ").append(type).append('\n');
      double[] plan;
      switch (type) {
        case "crime-harm" -> {
          String code =
              random.nextInt(12) == 0
                  ? UNCOSTED_OFFENCES[random.nextInt(UNCOSTED_OFFENCES.length)]
                  : COSTED_OFFENCES[random.nextInt(COSTED_OFFENCES.length)];
          y.append("    offence: ").append(code).append('\n');
          y.append("    counted_as: ")
              .append(random.nextInt(5) == 0 ? "all" : "recorded")
              .append('\n');
          plan = profile(y, 1 + random.nextInt(20));
          additionality(y);
          if (random.nextInt(8) == 0) {
            y.append("    claim: claim-").append(random.nextInt(CLAIM_KEYS)).append('\n');
          }
        }
        case "hours-freed" -> {
          y.append("    role: ").append(ROLES[random.nextInt(ROLES.length)]).append('\n');
          y.append("    use: ").append(USES[random.nextInt(USES.length)]).append('\n');
          plan = profile(y, 100 + random.nextInt(2900));
          additionality(y);
        }
        case "cashable" -> {
          plan = profile(y, 1000 * (5 + random.nextInt(95)));
          additionality(y);
        }
        case "wider" -> {
          y.append("    unit_value: ").append(50 + random.nextInt(1950)).append('\n');
          y.append("    price_year: ").append(fy(2019 + random.nextInt(6))).append('\n');
          y.append("    class: ").append(CLASSES[random.nextInt(CLASSES.length)]).append('\n');
          y.append("    source: \"Synthetic benchmark unit value\"\n");
          y.append("    cashable: ").append(random.nextInt(10) == 0).append('\n');
          plan = profile(y, 5 + random.nextInt(95));
          additionality(y);
        }
        default -> {
          y.append("    measure: \"% of staff agreeing (synthetic)\"\n");
          plan = new double[QUARTERS];
          y.append("    profile: {");
          int level = 30 + random.nextInt(30);
          for (int q = 1; q < QUARTERS; q += 2) {
            level = Math.min(100, level + random.nextInt(6));
            plan[q] = level;
            y.append(q == 1 ? " " : ", ").append(quarter(q)).append(": ").append(level);
          }
          y.append(" }\n");
        }
      }
      items.add(new Item(bid, type, plan));
    }

    Path file = out.resolve("projects").resolve(block).resolve(id + ".yaml");
    Files.writeString(file, y, StandardCharsets.UTF_8);

    if (stage.equals("proposed")) {
      return 0; // nothing delivered yet
    }
    long rows = 0;
    for (Item item : items) {
      for (int q = 0; q < ACTUAL_QUARTERS; q++) {
        if (item.plan[q] == 0 || random.nextInt(100) < 12) {
          continue; // not due, or a missing return
        }
        BufferedWriter w = actuals.get(q);
        if (item.type.equals("qualitative")) {
          long v = Math.round(Math.min(100, item.plan[q] * (0.8 + random.nextDouble() * 0.3)));
          row(w, id, item.id, quarter(q), v, "");
          rows++;
          continue;
        }
        double factor =
            item.type.equals("cost")
                ? 0.9 + random.nextDouble() * 0.25
                : delivery * (0.8 + random.nextDouble() * 0.4);
        long total = Math.round(item.plan[q] * factor);
        if (random.nextInt(100) < 10) {
          // Reported by month: three rows that add up to the quarter.
          long first = total / 3;
          long second = total / 3;
          long third = total - first - second;
          int fy = FIRST_FY + q / 4;
          int month0 = 4 + 3 * (q % 4);
          long[] parts = {first, second, third};
          for (int m = 0; m < 3; m++) {
            int month = month0 + m;
            int year = month > 12 ? fy + 1 : fy;
            int mm = month > 12 ? month - 12 : month;
            row(
                w,
                id,
                item.id,
                String.format(Locale.ROOT, "%d-%02d", year, mm),
                parts[m],
                m == 0 ? "monthly return" : "");
            rows++;
          }
        } else {
          row(w, id, item.id, quarter(q), total, "");
          rows++;
        }
      }
    }
    return rows;
  }

  /** Writes a profile for a benefit of about {@code base} a quarter; returns the plan. */
  private double[] profile(StringBuilder y, int base) {
    double[] plan = new double[QUARTERS];
    switch (random.nextInt(5)) {
      case 0 -> {
        y.append("    profile: { per_quarter: ").append(base).append(" }\n");
        Arrays.fill(plan, base);
      }
      case 1 -> {
        int drop = 5 + random.nextInt(11);
        y.append("    profile: { per_year: ")
            .append(4L * base)
            .append(", drop_off: ")
            .append(drop)
            .append("% }\n");
        for (int q = 0; q < QUARTERS; q++) {
          plan[q] = base * Math.pow(1 - drop / 100.0, q / 4);
        }
      }
      case 2 -> {
        y.append("    profile:\n");
        for (int q = 0; q < QUARTERS; q++) {
          // Ramp up over the first year, then steady with some variation.
          long v =
              Math.round(base * Math.min(1.0, (q + 1) / 4.0) * (0.9 + random.nextDouble() * 0.2));
          plan[q] = v;
          y.append("      ").append(quarter(q)).append(": ").append(v).append('\n');
        }
      }
      case 3 -> {
        y.append("    profile:\n");
        for (int year = 0; year < QUARTERS / 4; year++) {
          long v = 4L * Math.round(base * (0.9 + random.nextDouble() * 0.2));
          for (int k = 0; k < 4; k++) {
            plan[year * 4 + k] = v / 4.0;
          }
          y.append("      ").append(fy(FIRST_FY + year)).append(": ").append(v).append('\n');
        }
      }
      default -> {
        int from = 1 + random.nextInt(4);
        int to = QUARTERS - 1 - random.nextInt(3);
        y.append("    profile: { per_year: ")
            .append(4L * base)
            .append(", from: ")
            .append(quarter(from))
            .append(", to: ")
            .append(quarter(to))
            .append(" }\n");
        for (int q = from; q <= to; q++) {
          plan[q] = base;
        }
      }
    }
    return plan;
  }

  private void additionality(StringBuilder y) {
    y.append("    deadweight: ").append(10 + random.nextInt(21)).append("%\n");
    if (random.nextBoolean()) {
      y.append("    displacement: ").append(random.nextInt(16)).append("%\n");
    }
    y.append("    attribution: ").append(50 + random.nextInt(31)).append("%\n");
    y.append("    optimism_bias: ").append(10 + random.nextInt(31)).append("%\n");
    if (random.nextInt(3) == 0) {
      y.append("    evidence: ").append(1 + random.nextInt(5)).append('\n');
      y.append("    confidence: ")
          .append(CONFIDENCE[random.nextInt(CONFIDENCE.length)])
          .append('\n');
    }
  }

  private static void row(
      BufferedWriter w, String project, String item, String period, long actual, String note)
      throws IOException {
    w.write(project);
    w.write(',');
    w.write(item);
    w.write(',');
    w.write(period);
    w.write(',');
    w.write(Long.toString(actual));
    w.write(',');
    w.write(note);
    w.write('\n');
  }

  /** Quarter index 0 = 2025-26 Q1. */
  static String quarter(int index) {
    return fy(FIRST_FY + index / 4) + " Q" + (index % 4 + 1);
  }

  static String fy(int startYear) {
    return String.format(Locale.ROOT, "%d-%02d", startYear, (startYear + 1) % 100);
  }

  static String num(double v) {
    return Long.toString(Math.round(v));
  }

  record Item(String id, String type, double[] plan) {}
}
