package org.forcetotaliser.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.forcetotaliser.calc.Decimals;

/**
 * A thin writer over Jackson's streaming generator with the number rules of docs/method.md
 * (introduction): money in pounds to pence, other quantities to at most four decimals, absent
 * values as null. Output is pretty-printed with two spaces and LF line endings, in a fixed field
 * order.
 */
final class Json implements AutoCloseable {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  /**
   * JSON's own escapes, and every character that acts rather than prints ({@link Escapes#acts}:
   * DEL, C1 controls, bidirectional controls, U+2028 and U+2029) as {@code \\uXXXX}, so a project
   * name holding U+202E reads the same in a terminal or a web page that shows the JSON; a parser
   * reads back the same text.
   */
  static final CharacterEscapes ACTING =
      new CharacterEscapes() {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = actingAscii();

        @Override
        public int[] getEscapeCodesForAscii() {
          return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
          return Escapes.acts((char) ch)
              ? new SerializedString(String.format("\\u%04X", ch))
              : null;
        }
      };

  private static int[] actingAscii() {
    int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
    codes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    return codes;
  }

  private final Writer out;
  private final JsonGenerator g;

  /** A document built in memory: see {@link #finish()}. */
  Json() {
    this(new StringWriter());
  }

  /** A document streamed to {@code out} as it is written: see {@link #finishStream()}. */
  Json(Writer out) {
    this.out = out;
    try {
      g = FACTORY.createGenerator(out);
      DefaultPrettyPrinter pp =
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pp);
      g.setCharacterEscapes(ACTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a step of writing, turning Jackson's checked exception into an unchecked one. */
  interface Step {
    void run() throws IOException;
  }

  private void io(Step s) {
    try {
      s.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Json begin() {
    io(g::writeStartObject);
    return this;
  }

  Json begin(String name) {
    io(() -> g.writeObjectFieldStart(name));
    return this;
  }

  Json end() {
    io(g::writeEndObject);
    return this;
  }

  Json array(String name) {
    io(() -> g.writeArrayFieldStart(name));
    return this;
  }

  Json endArray() {
    io(g::writeEndArray);
    return this;
  }

  Json string(String name, Object value) {
    io(
        () -> {
          if (value == null) {
            g.writeNullField(name);
          } else {
            g.writeStringField(name, value.toString());
          }
        });
    return this;
  }

  Json bool(String name, boolean value) {
    io(() -> g.writeBooleanField(name, value));
    return this;
  }

  Json integer(String name, long value) {
    io(() -> g.writeNumberField(name, value));
    return this;
  }

  /** A whole number, or null when absent. */
  Json integer(String name, Integer value) {
    io(
        () -> {
          if (value == null) {
            g.writeNullField(name);
          } else {
            g.writeNumberField(name, value.intValue());
          }
        });
    return this;
  }

  /** A string element inside an array. */
  Json element(Object value) {
    io(() -> g.writeString(value.toString()));
    return this;
  }

  /** £ to pence, or null. */
  Json money(String name, BigDecimal pounds) {
    return number(name, Decimals.pence(pounds));
  }

  /** A quantity to at most four decimals, or null. */
  Json quantity(String name, BigDecimal q) {
    return number(name, Decimals.fourPlaces(q));
  }

  /** A figure to exactly {@code places} decimals, half-even, or null. */
  Json fixed(String name, BigDecimal v, int places) {
    return number(name, v == null ? null : v.setScale(places, java.math.RoundingMode.HALF_EVEN));
  }

  private Json number(String name, BigDecimal v) {
    io(
        () -> {
          if (v == null) {
            g.writeNullField(name);
          } else {
            g.writeFieldName(name);
            g.writeNumber(v);
          }
        });
    return this;
  }

  /**
   * One value of an array, written apart from its document as it would be written in it: at {@code
   * depth} levels of nesting (2: an element of an array in the top-level object), with no separator
   * before it. {@link #raw} puts it in its place.
   */
  static String element(int depth, java.util.function.Consumer<Json> body) {
    StringWriter text = new StringWriter();
    Json j = new Json(text);
    j.begin();
    for (int level = 2; level < depth; level++) {
      j.array("_");
      j.begin();
    }
    j.array("_");
    j.io(j.g::flush);
    int start = text.getBuffer().length();
    body.accept(j);
    j.io(j.g::flush);
    return text.getBuffer().substring(start).stripLeading();
  }

  /** A value written by {@link #element}, placed as the next value of the current array. */
  Json raw(String element) {
    io(() -> g.writeRawValue(element));
    return this;
  }

  /** The finished document, with a final newline. */
  String finish() {
    io(g::close);
    return out.toString() + "\n";
  }

  /** Ends a streamed document with its final newline; the target stays open. */
  void finishStream() {
    io(
        () -> {
          g.close();
          out.write('\n');
          out.flush();
        });
  }

  @Override
  public void close() {
    io(g::close);
  }
}
