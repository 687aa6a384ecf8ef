package org.forcetotaliser.load;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the cells of an Excel workbook (.xlsx, Office Open XML) with the JDK alone: the zip
 * package, the workbook's sheet names and where their parts are, the shared strings, and each
 * sheet's cells row by row, with the type Excel gave them. A formula is read as the value Excel
 * saved with it. Keeps only the shared strings and the current row. Stateless.
 */
final class XlsxReader {

  private XlsxReader() {}

  /** What Excel says a cell holds. */
  enum Kind {
    /** Text: a shared string, an inline string, or a formula's text result. */
    TEXT,
    NUMBER,
    /** A number in a date or time format, or a cell typed as a date. */
    DATE,
    BOOLEAN,
    /** One of Excel's errors, such as {@code #DIV/0!}. */
    ERROR
  }

  /**
   * One cell that holds something: its column (1 = A), its value as text ({@code 1234.5} for a
   * number, {@code TRUE} for a boolean, {@code #N/A} for an error, an ISO date for a date) and its
   * kind. Immutable.
   */
  record Cell(int column, String text, Kind kind) {}

  /** Receives one sheet's rows in order; rows with no cells are not passed. */
  interface Rows {
    /** A new sheet begins. */
    void sheet(String name);

    /** One row (1-based) and its cells, by column. */
    void row(int row, List<Cell> cells);
  }

  /** The package is not a workbook this reader can read; the message is for the user. */
  static final class BadWorkbook extends Exception {
    private static final long serialVersionUID = 1L;

    BadWorkbook(String message) {
      super(message);
    }
  }

  /** Excel keeps at most 15 significant digits of a number; the stored double may show 17. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

  /** Reads every sheet of the workbook at {@code path}, in the workbook's order. */
  static void read(Path path, Rows to) throws IOException, BadWorkbook {
    try (ZipFile zip = open(path)) {
      String workbook = officeDocument(zip);
      String base = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/')) : "";
      Map<String, String> targets = relationships(zip, relsOf(workbook), base);
      boolean date1904 = false;
      List<String[]> sheets = new ArrayList<>();
      try (InputStream in = part(zip, workbook, true)) {
        XMLStreamReader x = xml(in);
        while (x.hasNext()) {
          if (x.next() == XMLStreamConstants.START_ELEMENT) {
            if (x.getLocalName().equals("workbookPr")) {
              String v = x.getAttributeValue(null, "date1904");
              date1904 = "1".equals(v) || "true".equals(v);
            } else if (x.getLocalName().equals("sheet")) {
              String name = x.getAttributeValue(null, "name");
              String id = relationshipId(x);
              String target = id == null ? null : targets.get(id);
              if (name != null && target != null) {
                sheets.add(new String[] {name, target});
              }
            }
          }
        }
      } catch (XMLStreamException e) {
        throw bad(workbook, e);
      }
      if (sheets.isEmpty()) {
        throw new BadWorkbook("the workbook has no sheets");
      }
      List<String> strings = sharedStrings(zip, targets);
      Styles styles = styles(zip, targets);
      for (String[] sheet : sheets) {
        to.sheet(sheet[0]);
        try (InputStream in = part(zip, sheet[1], false)) {
          if (in != null) {
            cells(xml(in), strings, styles, date1904, to);
          }
        } catch (XMLStreamException e) {
          throw bad(sheet[1], e);
        }
      }
    }
  }

  private static ZipFile open(Path path) throws IOException, BadWorkbook {
    try {
      return new ZipFile(path.toFile());
    } catch (java.util.zip.ZipException e) {
      byte[] head;
      try (InputStream in = java.nio.file.Files.newInputStream(path)) {
        head = in.readNBytes(8);
      }
      boolean ole =
          head.length == 8
              && (head[0] & 0xFF) == 0xD0
              && (head[1] & 0xFF) == 0xCF
              && (head[2] & 0xFF) == 0x11
              && (head[3] & 0xFF) == 0xE0;
      throw new BadWorkbook(
          ole
              ? "the file is not an .xlsx workbook: it is an Excel 97-2003 (.xls) file or a "
                  + "workbook protected by a password; save it as an unprotected .xlsx"
              : "the file is not an .xlsx workbook (not a zip package, or a damaged one)");
    }
  }

  private static BadWorkbook bad(String part, XMLStreamException e) {
    return new BadWorkbook("the workbook is damaged: `" + part + "` is not well-formed XML");
  }

  /** The workbook part, from the package's relationships; xl/workbook.xml if none is named. */
  private static String officeDocument(ZipFile zip) throws IOException, BadWorkbook {
    String found = officeTarget(zip);
    return found != null ? found : "xl/workbook.xml";
  }

  private static String officeTarget(ZipFile zip) throws IOException, BadWorkbook {
    try (InputStream in = part(zip, "_rels/.rels", false)) {
      if (in == null) {
        return null;
      }
      XMLStreamReader x = xml(in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT
            && x.getLocalName().equals("Relationship")
            && String.valueOf(x.getAttributeValue(null, "Type")).endsWith("/officeDocument")) {
          return resolve("", x.getAttributeValue(null, "Target"));
        }
      }
      return null;
    } catch (XMLStreamException e) {
      throw bad("_rels/.rels", e);
    }
  }

  private static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** Relationship id to part name, resolved against {@code base}; types kept as "type:" keys. */
  private static Map<String, String> relationships(ZipFile zip, String rels, String base)
      throws IOException, BadWorkbook {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = part(zip, rels, false)) {
      if (in == null) {
        return out;
      }
      XMLStreamReader x = xml(in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT
            && x.getLocalName().equals("Relationship")) {
          String id = x.getAttributeValue(null, "Id");
          String target = x.getAttributeValue(null, "Target");
          String type = String.valueOf(x.getAttributeValue(null, "Type"));
          if (id != null
              && target != null
              && !"External".equals(x.getAttributeValue(null, "TargetMode"))) {
            String part = resolve(base, target);
            out.put(id, part);
            out.putIfAbsent("type:" + type.substring(type.lastIndexOf('/') + 1), part);
          }
        }
      }
    } catch (XMLStreamException e) {
      throw bad(rels, e);
    }
    return out;
  }

  /** A relationship's target as a part name: absolute ({@code /xl/a.xml}) or relative to base. */
  private static String resolve(String base, String target) {
    String t = target.replace('\\', '/');
    String joined = t.startsWith("/") ? t.substring(1) : base.isEmpty() ? t : base + "/" + t;
    List<String> parts = new ArrayList<>();
    for (String p : joined.split("/")) {
      if (p.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!p.isEmpty() && !p.equals(".")) {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }

  /** The {@code r:id} attribute of a sheet, whatever prefix its namespace has. */
  private static String relationshipId(XMLStreamReader x) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (x.getAttributeLocalName(i).equals("id")
          && String.valueOf(x.getAttributeNamespace(i)).contains("relationships")) {
        return x.getAttributeValue(i);
      }
    }
    return null;
  }

  /** A part of the package, or null when absent and not {@code required}. */
  private static InputStream part(ZipFile zip, String name, boolean required)
      throws IOException, BadWorkbook {
    ZipEntry e = zip.getEntry(name);
    if (e == null) {
      // Excel writes part names in any case; the package's names are case-insensitive
      var all = zip.entries();
      while (all.hasMoreElements() && e == null) {
        ZipEntry c = all.nextElement();
        if (c.getName().equalsIgnoreCase(name)) {
          e = c;
        }
      }
    }
    if (e == null) {
      if (required) {
        throw new BadWorkbook("the workbook is damaged: it has no `" + name + "`");
      }
      return null;
    }
    try {
      return zip.getInputStream(e);
    } catch (java.util.zip.ZipException z) {
      throw new BadWorkbook("the workbook is damaged: `" + name + "` cannot be unpacked");
    }
  }

  private static final XMLInputFactory FACTORY = factory();

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // a workbook is data, never a way to reach other files
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static XMLStreamReader xml(InputStream in) throws BadWorkbook {
    try {
      return FACTORY.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw new BadWorkbook("the workbook is damaged: a part is not XML");
    }
  }

  /** The shared strings, in order: each item's text runs joined, phonetic hints left out. */
  private static List<String> sharedStrings(ZipFile zip, Map<String, String> targets)
      throws IOException, BadWorkbook {
    List<String> out = new ArrayList<>();
    String name = targets.getOrDefault("type:sharedStrings", "xl/sharedStrings.xml");
    try (InputStream in = part(zip, name, false)) {
      if (in == null) {
        return out;
      }
      XMLStreamReader x = xml(in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("si")) {
          out.add(text(x, "si"));
        }
      }
    } catch (XMLStreamException e) {
      throw bad(name, e);
    }
    return out;
  }

  /** The text of the {@code <t>} elements inside the element {@code end}, skipping {@code rPh}. */
  private static String text(XMLStreamReader x, String end) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int phonetic = 0;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (x.getLocalName().equals("rPh")) {
          phonetic++;
        } else if (x.getLocalName().equals("t") && phonetic == 0) {
          sb.append(x.getElementText());
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if (x.getLocalName().equals("rPh")) {
          phonetic--;
        } else if (x.getLocalName().equals(end)) {
          break;
        }
      }
    }
    return sb.toString();
  }

  /** Which cell styles show a number as a date or time. */
  private record Styles(List<Boolean> dateStyle) {
    boolean isDate(int style) {
      return style >= 0 && style < dateStyle.size() && dateStyle.get(style);
    }
  }

  private static Styles styles(ZipFile zip, Map<String, String> targets)
      throws IOException, BadWorkbook {
    Map<Integer, String> formats = new HashMap<>();
    List<Integer> xfs = new ArrayList<>();
    String name = targets.getOrDefault("type:styles", "xl/styles.xml");
    try (InputStream in = part(zip, name, false)) {
      if (in != null) {
        XMLStreamReader x = xml(in);
        boolean inCellXfs = false;
        while (x.hasNext()) {
          int ev = x.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            String n = x.getLocalName();
            if (n.equals("numFmt")) {
              Integer id = integer(x.getAttributeValue(null, "numFmtId"));
              if (id != null) {
                formats.put(id, String.valueOf(x.getAttributeValue(null, "formatCode")));
              }
            } else if (n.equals("cellXfs")) {
              inCellXfs = true;
            } else if (n.equals("xf") && inCellXfs) {
              Integer id = integer(x.getAttributeValue(null, "numFmtId"));
              xfs.add(id == null ? 0 : id);
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
            inCellXfs = false;
          }
        }
      }
    } catch (XMLStreamException e) {
      throw bad(name, e);
    }
    List<Boolean> date = new ArrayList<>();
    for (int id : xfs) {
      String code = formats.get(id);
      date.add(code != null ? isDateFormat(code) : isBuiltInDate(id));
    }
    return new Styles(date);
  }

  /** Excel's built-in number formats that show a date or time. */
  private static boolean isBuiltInDate(int id) {
    return (id >= 14 && id <= 22)
        || (id >= 27 && id <= 36)
        || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58);
  }

  /**
   * Whether a format code shows a date or time: it has d, m, y, h or s outside quoted text, escaped
   * characters and [bracketed] parts ({@code [$£-809]}, {@code [Red]}).
   */
  static boolean isDateFormat(String code) {
    String section = code.split(";", -1)[0];
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < section.length(); i++) {
      char c = section.charAt(i);
      if (quoted) {
        quoted = c != '"';
      } else if (bracket) {
        bracket = c != ']';
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        bracket = true;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if ("dmyhsDMYHS".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Integer integer(String s) {
    try {
      return s == null ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Passes each row of one sheet's XML with its cells. */
  private static void cells(
      XMLStreamReader x, List<String> strings, Styles styles, boolean date1904, Rows to)
      throws XMLStreamException, BadWorkbook {
    List<Cell> cells = new ArrayList<>();
    int row = 0;
    int nextColumn = 1;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String n = x.getLocalName();
        if (n.equals("row")) {
          Integer r = integer(x.getAttributeValue(null, "r"));
          row = r != null && r > row ? r : row + 1;
          cells.clear();
          nextColumn = 1;
        } else if (n.equals("c")) {
          String ref = x.getAttributeValue(null, "r");
          int column = ref == null ? nextColumn : column(ref);
          if (column < 1) {
            column = nextColumn;
          }
          nextColumn = column + 1;
          Cell c = cell(x, column, strings, styles, date1904);
          if (c != null) {
            cells.add(c);
          }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) {
        if (!cells.isEmpty()) {
          to.row(row, List.copyOf(cells));
        }
      }
    }
  }

  /** The column number of a reference such as {@code D7}: 4; 0 when it has no letters. */
  static int column(String ref) {
    int c = 0;
    for (int i = 0; i < ref.length(); i++) {
      char ch = Character.toUpperCase(ref.charAt(i));
      if (ch < 'A' || ch > 'Z') {
        break;
      }
      c = c * 26 + (ch - 'A' + 1);
    }
    return c;
  }

  /** Reads one {@code <c>} element through to its end; null when it holds nothing. */
  private static Cell cell(
      XMLStreamReader x, int column, List<String> strings, Styles styles, boolean date1904)
      throws XMLStreamException, BadWorkbook {
    String type = x.getAttributeValue(null, "t");
    Integer style = integer(x.getAttributeValue(null, "s"));
    String value = null;
    String inline = null;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (x.getLocalName().equals("v")) {
          value = x.getElementText();
        } else if (x.getLocalName().equals("is")) {
          inline = text(x, "is");
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c")) {
        break;
      }
    }
    String t = type == null ? "n" : type;
    switch (t) {
      case "inlineStr":
        return inline == null ? null : new Cell(column, inline, Kind.TEXT);
      case "s":
        {
          Integer i = integer(value);
          if (i == null || i < 0 || i >= strings.size()) {
            if (value == null) {
              return null;
            }
            throw new BadWorkbook(
                "the workbook is damaged: a cell names shared string "
                    + value
                    + ", which it lacks");
          }
          return new Cell(column, strings.get(i), Kind.TEXT);
        }
      case "str":
        return value == null ? null : new Cell(column, value, Kind.TEXT);
      case "b":
        return value == null
            ? null
            : new Cell(column, value.strip().equals("1") ? "TRUE" : "FALSE", Kind.BOOLEAN);
      case "e":
        return value == null ? null : new Cell(column, value.strip(), Kind.ERROR);
      case "d":
        return value == null ? null : new Cell(column, value.strip(), Kind.DATE);
      default:
        if (value == null || value.isBlank()) {
          return null;
        }
        BigDecimal number;
        try {
          number = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
          return new Cell(column, value.strip(), Kind.TEXT);
        }
        // 2958465 is 31 December 9999, the last day Excel shows
        boolean day = number.signum() >= 0 && number.compareTo(BigDecimal.valueOf(2958466)) < 0;
        if (style != null && styles.isDate(style) && day) {
          return new Cell(column, date(number, date1904).toString(), Kind.DATE);
        }
        return new Cell(column, plain(number), Kind.NUMBER);
    }
  }

  /**
   * A number as Excel shows it in full: at most 15 significant digits (the double it stores may
   * carry 17, {@code 0.30000000000000004}), no exponent, no trailing zeros.
   */
  static String plain(BigDecimal n) {
    BigDecimal r = n.round(EXCEL_DIGITS).stripTrailingZeros();
    return r.signum() == 0 ? "0" : r.toPlainString();
  }

  /** A serial date as a day: day 1 is 1 January 1900 (or 2 January 1904 in a 1904 workbook). */
  static LocalDate date(BigDecimal serial, boolean date1904) {
    long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
    if (date1904) {
      return LocalDate.of(1904, 1, 1).plusDays(days);
    }
    // Excel counts a 29 February 1900 that never was; serials after it are a day ahead
    return days >= 61
        ? LocalDate.of(1899, 12, 30).plusDays(days)
        : LocalDate.of(1899, 12, 31).plusDays(days);
  }
}
