package org.forcetotaliser.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether bytes are UTF-8 text and decodes them strictly: a file in another encoding or a
 * binary file is reported, never guessed at. Stateless.
 */
final class TextFiles {

  private TextFiles() {}

  /** Why the bytes are not UTF-8 text, or null when they are. */
  static String problem(byte[] b, int length) {
    if (length >= 2
        && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
            || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      return "the file is UTF-16 text; save it as UTF-8";
    }
    int zeros = 0;
    int n = Math.min(length, 8192);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        zeros++;
      }
    }
    if (zeros > 0) {
      return zeros * 3 >= n
          ? "the file looks like UTF-16 text; save it as UTF-8"
          : "the file looks like binary data, not text";
    }
    return null;
  }

  /**
   * The text of a whole file without any byte-order mark.
   *
   * @throws CharacterCodingException with a message for the user when it is not UTF-8 text
   */
  static String decode(byte[] bytes) throws CharacterCodingException {
    String p = problem(bytes, bytes.length);
    if (p != null) {
      throw new NotText(p);
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new NotText(notUtf8(bytes));
    }
  }

  /** A message naming the line of the first byte that is not UTF-8. */
  static String notUtf8(byte[] bytes) {
    int line = 1;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
      boolean ok = len > 0 && i + len <= bytes.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (!ok) {
        return "the file is not UTF-8 text (byte 0x"
            + String.format("%02X", b)
            + " on line "
            + line
            + "); it may be Latin-1 or Windows-1252: save it as UTF-8";
      }
      if (b == '\n') {
        line++;
      }
      i += len;
    }
    return "the file is not UTF-8 text; save it as UTF-8";
  }

  /** Windows-1252, the encoding of Excel's "CSV (Comma delimited)" on a UK Windows machine. */
  static final java.nio.charset.Charset WINDOWS_1252 =
      java.nio.charset.Charset.forName("windows-1252");

  /**
   * The encoding a CSV file is read in: UTF-8; Windows-1252 when the bytes are not UTF-8 but are
   * Windows-1252 text ({@code why} then says so and where the first such byte is); or none ({@code
   * charset} null, {@code why} the reason) when they are neither. Immutable.
   */
  record Encoding(java.nio.charset.Charset charset, String why) {
    static final Encoding UTF_8 = new Encoding(StandardCharsets.UTF_8, null);

    boolean isFallback() {
      return charset != null && !charset.equals(StandardCharsets.UTF_8);
    }
  }

  /**
   * Finds the encoding of a CSV file by reading it through once (docs/method.md §8): UTF-8 when
   * every byte sequence is UTF-8; otherwise Windows-1252, unless a byte is one Windows-1252 leaves
   * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) or a control character other than tab, line feed, form
   * feed and carriage return, which text does not hold. UTF-16 and binary files are found by {@link
   * #problem} before this.
   */
  static Encoding encoding(java.io.InputStream in) throws java.io.IOException {
    java.io.BufferedInputStream b = new java.io.BufferedInputStream(in, 65536);
    int line = 1;
    int firstBad = -1;
    int badLine = 0;
    boolean legacy = true;
    int pending = 0;
    int lead = 0;
    int leadLine = 0;
    int c;
    while ((c = b.read()) != -1) {
      if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
        legacy = false;
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
        legacy = false;
      }
      if (firstBad < 0) {
        if (pending > 0) {
          if ((c & 0xC0) == 0x80) {
            pending--;
          } else {
            // the sequence's first byte is the one that is not UTF-8: é (0xE9) in Latin-1
            firstBad = lead;
            badLine = leadLine;
          }
        } else if (c >= 0x80) {
          int len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
          if (len == 0) {
            firstBad = c;
            badLine = line;
          } else {
            pending = len - 1;
            lead = c;
            leadLine = line;
          }
        }
      }
      if (c == '\n') {
        line++;
      }
    }
    if (firstBad < 0 && pending > 0) {
      // a sequence cut short by the end of the file
      firstBad = lead;
      badLine = leadLine;
    }
    if (firstBad < 0) {
      return Encoding.UTF_8;
    }
    if (!legacy) {
      return new Encoding(
          null, "the file is neither UTF-8 nor Windows-1252 text; save it as UTF-8");
    }
    return new Encoding(
        WINDOWS_1252,
        "the file is not UTF-8, so it is read as Windows-1252, the encoding of Excel's "
            + "\"CSV (Comma delimited)\" (line "
            + badLine
            + " has the first byte that is not UTF-8"
            + ": 0x"
            + String.format("%02X", firstBad)
            + ", `"
            + new String(new byte[] {(byte) firstBad}, WINDOWS_1252)
            + "` in Windows-1252)");
  }

  /** Bytes that are not UTF-8 text. */
  static final class NotText extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;

    NotText(String message) {
      this.message = message;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}
