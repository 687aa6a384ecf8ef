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

  /** Like {@link #notUtf8(byte[])}, reading the stream through once. */
  static String notUtf8(java.io.InputStream in) throws java.io.IOException {
    java.io.BufferedInputStream b = new java.io.BufferedInputStream(in, 65536);
    int line = 1;
    int c;
    while ((c = b.read()) != -1) {
      int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
      boolean ok = len > 0;
      for (int k = 1; ok && k < len; k++) {
        int d = b.read();
        ok = d != -1 && (d & 0xC0) == 0x80;
      }
      if (!ok) {
        return "the file is not UTF-8 text (byte 0x"
            + String.format("%02X", c)
            + " on line "
            + line
            + "); it may be Latin-1 or Windows-1252: save it as UTF-8";
      }
      if (c == '\n') {
        line++;
      }
    }
    return "the file is not UTF-8 text; save it as UTF-8";
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
