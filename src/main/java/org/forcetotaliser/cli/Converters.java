package org.forcetotaliser.cli;

import java.util.List;
import java.util.Locale;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.render.Format;
import picocli.CommandLine;

/** picocli converters for the command line's own value types. */
final class Converters {
  private Converters() {}

  static final class QuarterConverter implements CommandLine.ITypeConverter<Quarter> {
    @Override
    public Quarter convert(String value) {
      try {
        return Quarter.parse(value);
      } catch (IllegalArgumentException e) {
        if (org.forcetotaliser.model.FinancialYear.looksLikeYear(value)) {
          // `--as-of 2026-27 Q2` unquoted reaches us as two words
          throw new CommandLine.TypeConversionException(
              e.getMessage()
                  + "; a quarter has a space in it, so quote it, e.g. --as-of \""
                  + value.strip()
                  + " Q2\"");
        }
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  static final class YearConverter implements CommandLine.ITypeConverter<FinancialYear> {
    @Override
    public FinancialYear convert(String value) {
      try {
        return FinancialYear.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "expected one of table, csv, json, "
                + "markdown, html, xlsx, github; found `"
                + value
                + "`");
      }
    }

    /**
     * A format the command does not write is a usage error naming the ones it does, never a quiet
     * fall back to another format.
     */
    static void require(CommandLine.Model.CommandSpec spec, Format format, List<Format> takes) {
      if (!takes.contains(format)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "`" + spec.name() + "` cannot write " + format + "; choose one of " + takes);
      }
    }
  }
}
