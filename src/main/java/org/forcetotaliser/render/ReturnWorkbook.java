package org.forcetotaliser.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.SheetProtectionOption;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.forcetotaliser.report.ReturnTemplate;

/**
 * The quarter's return as a workbook to fill in (docs/method.md §8): a sheet of instructions, then
 * the return in the columns the actuals reader reads. The key columns are locked (the sheet is
 * protected, without a password, so that anyone can lift it to add rows); the actual and note
 * columns are open, the actual checked as a number of 0 or more (green, amber or red on a roadmap
 * progress line), and the header row frozen. Filled in and saved, it drops into actuals/ as it is.
 * The bytes are deterministic. No figure is computed here.
 */
public final class ReturnWorkbook {

  private ReturnWorkbook() {}

  /** The columns, in the order the CSV return has them. */
  static final List<String> COLUMNS =
      List.of("project", "item", "period", "actual", "note", "planned", "unit", "owner");

  private static final int ACTUAL = 3;
  private static final int NOTE = 4;
  private static final int PLANNED = 5;

  /** The name of the sheet to fill in: {@code Return 2026-27 Q3}. */
  public static String sheetName(ReturnTemplate t) {
    return "Return " + t.asOf();
  }

  /** The workbook; {@code cut} hears of any text cut to fit a cell. */
  public static byte[] write(ReturnTemplate t, Consumer<String> cut) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "Force Totaliser", "1.0");
      wb.properties().setTitle(sheetName(t));
      instructions(wb.newWorksheet("Instructions"), t);
      returnSheet(wb.newWorksheet(sheetName(t)), t, cut);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Workbooks.fixTimes(withProtection(out.toByteArray()));
  }

  /**
   * The return sheet's protection as Excel means it: the sheet, its objects and scenarios locked,
   * with no password; column widths and the filter left free; locked and open cells both
   * selectable. (fastexcel writes a password attribute, and its option flags the other way round
   * from Excel's, where {@code 1} means "not allowed".)
   */
  static byte[] withProtection(byte[] xlsx) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.Map.Entry<String, byte[]> e : Workbooks.entries(xlsx).entrySet()) {
        byte[] data = e.getValue();
        if (e.getKey().startsWith("xl/worksheets/")) {
          String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
          xml =
              xml.replaceAll(
                  "<sheetProtection [^>]*/>",
                  "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" "
                      + "formatColumns=\"0\" autoFilter=\"0\"/>");
          data = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
        zip.write(data);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** What to do, one paragraph a row; no row names the columns together, so it is never read. */
  private static void instructions(Worksheet ws, ReturnTemplate t) {
    List<String> lines =
        List.of(
            "Quarterly return for " + t.asOf(),
            "",
            "On the sheet `"
                + sheetName(t)
                + "`, fill in the actual column, and a note where it helps. "
                + "The other columns are locked.",
            "Actual: the gross quantity in the unit the unit column names (for costs, £ spent), "
                + "as a plain number such as 1234.5. Leave it blank when it is not known yet: "
                + "a blank is a return still missing, never 0.",
            "On a roadmap progress line (project `roadmap`) write green, amber or red.",
            "Keep the period as it is. A month typed into a cell, such as 2026-04, becomes a "
                + "date in Excel and is refused; a quarter is written 2026-27 Q1.",
            "Save the workbook as .xlsx and put it in the portfolio's actuals/ folder: "
                + "`totaliser check` and `totaliser reconcile` read every sheet whose header "
                + "row has the columns project, item, period and actual.",
            "To add rows, lift the protection (Review > Unprotect Sheet; there is no password).");
    ws.width(0, 110);
    for (int r = 0; r < lines.size(); r++) {
      ws.value(r, 0, lines.get(r));
      ws.style(r, 0).wrapText(true).set();
    }
    ws.style(0, 0).bold().fontSize(14).set();
  }

  private static void returnSheet(Worksheet ws, ReturnTemplate t, Consumer<String> cut) {
    for (int c = 0; c < COLUMNS.size(); c++) {
      ws.value(0, c, COLUMNS.get(c));
      ws.style(0, c).bold().fillColor("DDE5EE").set();
      ws.width(c, c == ACTUAL || c == PLANNED ? 16 : 24);
    }
    List<ReturnTemplate.Row> rows = t.rows();
    int firstProgress = -1;
    for (int i = 0; i < rows.size(); i++) {
      ReturnTemplate.Row row = rows.get(i);
      int r = i + 1;
      text(ws, r, 0, row.project(), cut);
      text(ws, r, 1, row.item(), cut);
      text(ws, r, 2, row.period().toString(), cut);
      if (row.planned() != null) {
        ws.value(r, PLANNED, row.planned().setScale(4, RoundingMode.HALF_EVEN));
        ws.style(r, PLANNED).format(Workbooks.QUANTITY).set();
      }
      text(ws, r, 6, row.unit(), cut);
      text(ws, r, 7, row.owner(), cut);
      // the cells to fill in are the only ones open while the sheet is protected
      ws.style(r, ACTUAL)
          .protectionOption(ProtectionOption.LOCKED, false)
          .fillColor("FFF8DC")
          .set();
      ws.style(r, NOTE).protectionOption(ProtectionOption.LOCKED, false).fillColor("FFF8DC").set();
      if (firstProgress < 0
          && ReturnTemplate.ROADMAP.equals(row.project())
          && row.planned() == null) {
        firstProgress = r;
      }
    }
    int last = rows.size();
    int lastNumber = firstProgress < 0 ? last : firstProgress - 1;
    if (lastNumber >= 1) {
      // a number of 0 or more; blank stays allowed: a return not yet made
      ws.range(1, ACTUAL, lastNumber, ACTUAL)
          .validateWithFormula("AND(ISNUMBER(D2),D2>=0)")
          .allowBlank(true)
          .showErrorMessage(true)
          .errorStyle(DataValidationErrorStyle.STOP)
          .errorTitle("A number")
          .error("The actual is a number of 0 or more, such as 1234.5, in the item's unit.");
    }
    if (firstProgress >= 1) {
      ws.range(firstProgress, ACTUAL, last, ACTUAL)
          .validateWithListByFormula("\"green,amber,red\"")
          .allowBlank(true)
          .showErrorMessage(true)
          .errorStyle(DataValidationErrorStyle.STOP)
          .errorTitle("A status")
          .error("A roadmap progress line's actual is green, amber or red.");
    }
    ws.freezePane(0, 1);
    ws.setAutoFilter(0, 0, COLUMNS.size() - 1);
    // rewritten by withProtection: no password, widths and filter free
    ws.protect("", SheetProtectionOption.SHEET);
  }

  private static void text(Worksheet ws, int r, int c, String s, Consumer<String> cut) {
    if (s == null) {
      return;
    }
    String v = s;
    if (v.length() > Workbooks.CELL_LIMIT) {
      cut.accept(
          "row "
              + (r + 1)
              + ", column `"
              + COLUMNS.get(c)
              + "` holds more characters than a cell holds: it is cut");
      v = Workbooks.fitted(v);
    }
    ws.value(r, c, Workbooks.neutralise(v));
  }
}
