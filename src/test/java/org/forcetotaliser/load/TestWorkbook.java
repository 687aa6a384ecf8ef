package org.forcetotaliser.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds .xlsx packages part by part with java.util.zip, as Excel lays them out, so that tests
 * control every cell's type: shared and inline strings, numbers, dates, booleans, errors and
 * formulas with their saved values. Also edits a package's parts, to fill in a template. The bytes
 * are deterministic.
 */
public final class TestWorkbook {

  /** A cell written as its own XML; see the factories. */
  public record Cell(String xml) {}

  /** Text stored inline ({@code t="inlineStr"}), as some tools write it. */
  public static Cell inline(String text) {
    return new Cell("t=\"inlineStr\"><is><t>" + escape(text) + "</t></is>");
  }

  /** A formula and the number Excel saved as its value. */
  public static Cell formula(String formula, String value) {
    return new Cell("><f>" + escape(formula) + "</f><v>" + value + "</v>");
  }

  /** A formula whose saved value is text. */
  public static Cell formulaText(String formula, String value) {
    return new Cell("t=\"str\"><f>" + escape(formula) + "</f><v>" + escape(value) + "</v>");
  }

  /** A serial day number shown as a date (built-in format 14), as Excel stores `2025-04`. */
  public static Cell date(int serial) {
    return new Cell("s=\"1\"><v>" + serial + "</v>");
  }

  public static Cell bool(boolean b) {
    return new Cell("t=\"b\"><v>" + (b ? 1 : 0) + "</v>");
  }

  /** One of Excel's errors, such as {@code #DIV/0!}. */
  public static Cell error(String e) {
    return new Cell("t=\"e\"><v>" + escape(e) + "</v>");
  }

  private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
  private final List<String> strings = new ArrayList<>();

  /**
   * Adds a sheet. Each row is a list of values from column A: a String is a shared string, a Number
   * a number, a {@link Cell} itself, null an empty cell.
   */
  public TestWorkbook sheet(String name, List<List<Object>> rows) {
    sheets.put(name, rows);
    return this;
  }

  /** The package's bytes. */
  public byte[] bytes() {
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder types =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/"
                + "vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
    StringBuilder book =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets>");
    StringBuilder rels =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\">");
    int n = 0;
    Map<String, String> sheetParts = new LinkedHashMap<>();
    for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
      n++;
      book.append("<sheet name=\"")
          .append(escape(e.getKey()))
          .append("\" sheetId=\"")
          .append(n)
          .append("\" r:id=\"rId")
          .append(n)
          .append("\"/>");
      rels.append("<Relationship Id=\"rId")
          .append(n)
          .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/")
          .append("relationships/worksheet\" Target=\"worksheets/sheet")
          .append(n)
          .append(".xml\"/>");
      sheetParts.put("xl/worksheets/sheet" + n + ".xml", sheetXml(e.getValue()));
    }
    book.append("</sheets></workbook>");
    rels.append("<Relationship Id=\"rId")
        .append(n + 1)
        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
        .append("sharedStrings\" Target=\"sharedStrings.xml\"/>")
        .append("<Relationship Id=\"rId")
        .append(n + 2)
        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
        .append("styles\" Target=\"styles.xml\"/></Relationships>");
    StringBuilder shared =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (String s : strings) {
      shared.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
    }
    shared.append("</sst>");
    types.append("</Types>");
    parts.put("[Content_Types].xml", types.toString());
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
            + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
    parts.put("xl/workbook.xml", book.toString());
    parts.put("xl/_rels/workbook.xml.rels", rels.toString());
    parts.put("xl/sharedStrings.xml", shared.toString());
    parts.put(
        "xl/styles.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" "
            + "applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
    parts.putAll(sheetParts);
    return zip(parts);
  }

  private String sheetXml(List<List<Object>> rows) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>");
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      if (row == null) {
        continue;
      }
      sb.append("<row r=\"").append(r + 1).append("\">");
      for (int c = 0; c < row.size(); c++) {
        Object v = row.get(c);
        if (v == null) {
          continue;
        }
        String ref = org.forcetotaliser.model.Location.columnLetters(c + 1) + (r + 1);
        sb.append("<c r=\"").append(ref).append('"');
        if (v instanceof Cell cell) {
          sb.append(cell.xml().startsWith(">") ? "" : " ").append(cell.xml());
        } else if (v instanceof Number num) {
          sb.append("><v>").append(num).append("</v>");
        } else {
          int i = strings.indexOf(v.toString());
          if (i < 0) {
            strings.add(v.toString());
            i = strings.size() - 1;
          }
          sb.append(" t=\"s\"><v>").append(i).append("</v>");
        }
        sb.append("</c>");
      }
      sb.append("</row>");
    }
    return sb.append("</sheetData></worksheet>").toString();
  }

  /** Parts written into a zip package in order, each stamped with one fixed time. */
  public static byte[] zip(Map<String, String> parts) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    parts.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return zipBytes(bytes);
  }

  static byte[] zipBytes(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTime(946684800000L);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The parts of a package, in order, as text. */
  public static Map<String, String> parts(byte[] xlsx) {
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
