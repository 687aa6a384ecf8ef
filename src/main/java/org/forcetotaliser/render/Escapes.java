package org.forcetotaliser.render;

/**
 * Shows the characters of input text that would act rather than print — terminal control codes,
 * bidirectional overrides — as visible escapes, and escapes text for Markdown. A project name
 * holding {@code ESC ] 0 ;} would otherwise set the window title of whoever runs the report, and
 * U+202E would reverse the rest of a heading. Stateless.
 *
 * <p>Escapes: ESC is {@code \e}; tab, newline and carriage return are {@code \t}, {@code \n},
 * {@code \r}; every other C0 control, DEL, C1 control, bidirectional control (U+061C, U+200E,
 * U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029) are
 * {@code \}{@code uXXXX}.
 */
public final class Escapes {
  private Escapes() {}

  /** Whether {@code c} acts on a terminal or on the direction of text instead of printing. */
  static boolean acts(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028'
        || c == '\u2029';
  }

  /** {@code s} with every acting character escaped, newlines included: for one cell or line. */
  public static String controls(String s) {
    return escape(s, false);
  }

  /**
   * {@code s} with every acting character escaped except newline: for a whole page of text whose
   * lines are the renderer's own.
   */
  public static String controlsKeepingLines(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean keepNewlines) {
    if (s == null) {
      return null;
    }
    int first = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (acts(c) && !(keepNewlines && c == '\n')) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!acts(c) || (keepNewlines && c == '\n')) {
        sb.append(c);
      } else {
        sb.append(escaped(c));
      }
    }
    return sb.toString();
  }

  private static String escaped(char c) {
    return switch (c) {
      case 0x1B -> "\\e";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      default -> String.format("\\u%04X", (int) c);
    };
  }

  /**
   * {@code s} as the text of a Markdown table cell or heading: acting characters escaped,
   * HTML-significant characters as entities (no raw HTML, and no autolink, reaches a Markdown
   * viewer), and the characters of link, image and code syntax and the cell separator behind a
   * backslash, so that the viewer shows what the file says.
   */
  public static String markdown(String s) {
    String v = controls(s == null ? "" : s);
    StringBuilder sb = new StringBuilder(v.length() + 8);
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\\', '|', '[', ']', '`' -> sb.append('\\').append(c);
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * {@code s} as HTML text: acting characters shown escaped (so that no override can turn the page
   * around), then {@code & < > " '} as entities. The board pack's escaping.
   */
  public static String html(String s) {
    String v = controls(s == null ? "" : s);
    StringBuilder sb = new StringBuilder(v.length() + 8);
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
