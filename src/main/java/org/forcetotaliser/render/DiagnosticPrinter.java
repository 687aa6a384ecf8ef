package org.forcetotaliser.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.Diagnostic;

/**
 * Prints diagnostics for people ({@code file:line:col: error: message [rule]}, the source line, a
 * caret under the column, a hint) or for machines (JSON). Expects them already sorted; prints
 * nothing it has to compute beyond counting. Stateless.
 */
public final class DiagnosticPrinter {

  /** At most this many diagnostics are printed as text; the rest are counted. */
  public static final int LIMIT = 20;

  /** Jackson's mapper, built on first use: text output never pays for setting it up. */
  private static final class Mapper {
    static final ObjectMapper JSON = jsonMapper();

    /** Indented, with the acting characters of messages and sources escaped as in {@link Json}. */
    private static ObjectMapper jsonMapper() {
      ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      m.getFactory().setCharacterEscapes(Json.ACTING);
      return m;
    }
  }

  private DiagnosticPrinter() {}

  /**
   * The diagnostics as text, one block each, each line ending in a newline. Warnings accepted in
   * force.yaml are not printed (docs/method.md §9a); JSON lists them.
   */
  public static String text(List<Diagnostic> all) {
    List<Diagnostic> diagnostics = grouped(printed(all));
    StringBuilder sb = new StringBuilder();
    int shown = Math.min(LIMIT, diagnostics.size());
    for (Diagnostic d : diagnostics.subList(0, shown)) {
      // input text (a name, a cell, a file name) is shown with its control characters
      // escaped: a diagnostic must not set the window title or clear the screen
      sb.append(Escapes.controls(d.headline())).append('\n');
      if (d.sourceLine() != null && d.location().line() > 0) {
        String raw = d.sourceLine().replace('\t', ' ').stripTrailing();
        String line = Escapes.controls(raw);
        sb.append("    ").append(line).append('\n');
        // the source line may be cut short: past its end, the caret marks where it was cut;
        // escapes before the column widen the line, so the caret moves with them
        int col = Math.min(Math.max(1, d.location().column()), raw.length() + 1);
        col = Escapes.controls(raw.substring(0, col - 1)).length() + 1;
        sb.append("    ").append(" ".repeat(col - 1)).append("^\n");
      }
      if (d.hint() != null) {
        sb.append("  hint: ").append(Escapes.controls(d.hint())).append('\n');
      }
    }
    if (diagnostics.size() > shown) {
      List<Diagnostic> rest = diagnostics.subList(shown, diagnostics.size());
      long errors = rest.stream().filter(Diagnostic::isError).count();
      long warnings = rest.size() - errors;
      sb.append("… and ");
      if (warnings == 0) {
        sb.append(plural(errors, "more error", "more errors"));
      } else if (errors == 0) {
        sb.append(plural(warnings, "more warning", "more warnings"));
      } else {
        sb.append(rest.size())
            .append(" more (")
            .append(plural(errors, "error", "errors"))
            .append(", ")
            .append(plural(warnings, "warning", "warnings"))
            .append(')');
      }
      sb.append(" (use --format json to see them all)\n");
    }
    return sb.toString();
  }

  /** More warnings than this with one cause are printed as one finding. */
  static final int GROUP = 3;

  /**
   * Warnings with one cause — the same rule about the same offence, or the same rule and message —
   * printed as one finding when there are more than {@link #GROUP}: the first, with how many
   * benefits and projects share it. JSON still lists every one.
   */
  static List<Diagnostic> grouped(List<Diagnostic> diagnostics) {
    Map<String, List<Diagnostic>> byCause = new LinkedHashMap<>();
    for (Diagnostic d : diagnostics) {
      byCause.computeIfAbsent(cause(d), k -> new ArrayList<>()).add(d);
    }
    List<Diagnostic> out = new ArrayList<>();
    java.util.Set<String> done = new java.util.HashSet<>();
    for (Diagnostic d : diagnostics) {
      String cause = cause(d);
      List<Diagnostic> same = byCause.get(cause);
      if (d.isError() || same.size() <= GROUP) {
        out.add(d);
      } else if (done.add(cause)) {
        java.util.Set<String> projects = new java.util.TreeSet<>();
        java.util.Set<String> files = new java.util.TreeSet<>();
        for (Diagnostic x : same) {
          projects.add(x.subject().getOrDefault("project", x.location().file()));
          files.add(x.location().file());
        }
        String offence = d.subject().get("offence");
        String what = offence != null ? "offence `" + offence + "`" : "this warning";
        out.add(
            d.withHint(
                what
                    + ": "
                    + same.size()
                    + " findings in "
                    + plural(projects.size(), "project", "projects")
                    + ", first shown here; "
                    + "--format json lists them all"
                    + (d.hint() == null ? "" : "; " + d.hint())));
      }
    }
    return out;
  }

  private static String cause(Diagnostic d) {
    String offence = d.subject().get("offence");
    return d.rule() + "\u0000" + (offence != null ? "offence " + offence : d.message());
  }

  /** The diagnostics a person is shown: all but the accepted warnings. */
  public static List<Diagnostic> printed(List<Diagnostic> all) {
    return all.stream().filter(d -> !d.isAccepted()).toList();
  }

  /** {@code 1 error}, {@code 2 errors}, {@code no errors}. */
  public static String plural(long n, String one, String many) {
    return n == 0 ? "no " + many : n == 1 ? "1 " + one : n + " " + many;
  }

  /**
   * The counts, {@code 2 errors, 1 warning}, and {@code (3 accepted)} when warnings were accepted
   * in force.yaml; accepted warnings are not counted as warnings.
   */
  public static String counts(List<Diagnostic> all) {
    List<Diagnostic> diagnostics = printed(all);
    long accepted = all.size() - diagnostics.size();
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    return plural(errors, "error", "errors")
        + ", "
        + plural(warnings, "warning", "warnings")
        + (accepted == 0 ? "" : " (" + accepted + " accepted)");
  }

  /**
   * The diagnostics as one JSON document: {@code
   * {"diagnostics":[{"file","line","column","severity","rule","message","hint", "accepted"}],
   * "errors":N,"warnings":N,"accepted":N}}. Unknown line and column are null; a workbook's cell
   * adds {@code "sheet"} and {@code "cell"} ({@code "D7"}), with its row as the line; {@code
   * accepted} is the reason a force.yaml entry gives, or null. Accepted warnings are listed but not
   * counted as warnings.
   */
  public static String json(List<Diagnostic> diagnostics) {
    List<Map<String, Object>> list = new ArrayList<>();
    long errors = 0;
    long accepted = 0;
    for (Diagnostic d : diagnostics) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", d.location().file());
      m.put("line", d.location().line() > 0 ? d.location().line() : null);
      m.put("column", d.location().line() > 0 ? Math.max(1, d.location().column()) : null);
      if (d.location().sheet() != null) {
        // a workbook's cell: line is the row, column the column number (1 = A)
        m.put("sheet", d.location().sheet());
        m.put("cell", d.location().cell());
      }
      m.put("severity", d.severity().label());
      m.put("rule", d.rule());
      m.put("message", d.message());
      m.put("hint", d.hint());
      m.put("accepted", d.accepted());
      list.add(m);
      errors += d.isError() ? 1 : 0;
      accepted += d.isAccepted() ? 1 : 0;
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("diagnostics", list);
    doc.put("errors", errors);
    doc.put("warnings", diagnostics.size() - errors - accepted);
    doc.put("accepted", accepted);
    try {
      return Mapper.JSON.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The diagnostics as GitHub Actions workflow commands, one a line, so that each shows as an
   * annotation on its line: {@code ::error file=F,line=L,col=C,title=RULE::message}.
   */
  public static String github(List<Diagnostic> diagnostics) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : printed(diagnostics)) {
      sb.append("::")
          .append(d.isError() ? "error" : "warning")
          .append(" file=")
          .append(property(d.location().file()));
      if (d.location().line() > 0 && d.location().sheet() == null) {
        sb.append(",line=")
            .append(d.location().line())
            .append(",col=")
            .append(Math.max(1, d.location().column()));
      }
      sb.append(",title=")
          .append(property(d.rule()))
          .append("::")
          .append(data(d.message() + (d.hint() == null ? "" : " (" + d.hint() + ")")))
          .append('\n');
    }
    return sb.toString();
  }

  /** Escapes a workflow command's message. */
  private static String data(String s) {
    return Escapes.controlsKeepingLines(s)
        .replace("%", "%25")
        .replace("\r", "%0D")
        .replace("\n", "%0A");
  }

  /** Escapes a workflow command's property value. */
  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
