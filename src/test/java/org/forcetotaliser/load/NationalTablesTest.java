package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.ForceArea;
import org.forcetotaliser.model.OffenceCount;
import org.forcetotaliser.model.YearEnding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled national tables are what the importer makes of the raw extracts (kept unchanged in
 * src/test/resources/national/, with their SOURCES.md): rebuilding gives the same bytes. Run with
 * {@code -Dnational.update=true} to rewrite the bundled tables, then read the diff.
 */
class NationalTablesTest {
  static final Path RAW = Path.of("src/test/resources/national");
  static final Path BUNDLE = Path.of("src/main/resources/org/forcetotaliser/reference");
  static final List<String> EDITIONS =
      List.of(
          "ons_pfa_tables_P1_counts_ye_mar2018.csv",
          "ons_pfa_tables_P1_counts_ye_mar2019.csv",
          "ons_pfa_tables_P1_counts_ye_dec2019.csv",
          "ons_pfa_tables_P1_counts_ye_jun2025.csv");

  static OnsPfaImporter.Imported edition(String file) {
    return OnsPfaImporter.read(
        file, RAW.resolve(file), NationalTables.areas(), NationalTables.indicators());
  }

  static String rebuiltCrime() {
    List<OffenceCount> all = new ArrayList<>();
    for (String f : EDITIONS) {
      all.addAll(edition(f).counts());
    }
    // one edition per period: keep them in period order
    all.sort(Comparator.comparing(OffenceCount::period));
    return OnsPfaImporter.tidyCsv(all);
  }

  static String rebuiltPopulation() throws IOException {
    return NationalTables.population(
        Files.readString(RAW.resolve("ons_mye5_lad23_population_mid2011_to_mid2023.csv")),
        Files.readString(RAW.resolve("ons_lad23_csp23_pfa23_lookup_dec2023.csv")),
        NationalTables.areas());
  }

  @Test
  void rebuildingTheBundleFromTheRawExtractsGivesTheSameBytes() throws IOException {
    String crime = rebuiltCrime();
    String population = rebuiltPopulation();
    if (Boolean.getBoolean("national.update")) {
      Files.writeString(BUNDLE.resolve("pfa-recorded-crime.csv"), crime, StandardCharsets.UTF_8);
      Files.writeString(BUNDLE.resolve("pfa-population.csv"), population, StandardCharsets.UTF_8);
    }
    assertThat(crime).isEqualTo(Files.readString(BUNDLE.resolve("pfa-recorded-crime.csv")));
    assertThat(population).isEqualTo(Files.readString(BUNDLE.resolve("pfa-population.csv")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // file, period, E&W total recorded crime excluding fraud (SOURCES.md), forces with figures
    "ons_pfa_tables_P1_counts_ye_mar2018.csv, YE 2018-03, 4876282, 43",
    "ons_pfa_tables_P1_counts_ye_mar2019.csv, YE 2019-03, 5257081, 43",
    "ons_pfa_tables_P1_counts_ye_dec2019.csv, YE 2019-12, 5013284, 42",
    "ons_pfa_tables_P1_counts_ye_jun2025.csv, YE 2025-06, 5287312, 43"
  })
  void everyEditionReconcilesWithItsEnglandAndWalesRow(
      String file, String period, long total, int forces) {
    OnsPfaImporter.Imported t = edition(file);
    assertThat(t.diagnostics()).isEmpty();
    assertThat(t.period()).hasToString(period);
    // every one of the 23 offence groups: 43 forces (42 without GMP) + BTP = E&W exactly
    assertThat(t.reconciliation())
        .hasSize(23)
        .allSatisfy(r -> assertThat(r.reconciles()).as(r.indicator()).isTrue());
    assertThat(t.reconciliation().get(0).indicator()).isEqualTo("recorded-crime");
    assertThat(t.reconciliation().get(0).englandAndWales())
        .isEqualByComparingTo(BigDecimal.valueOf(total));
    assertThat(t.counts().stream().map(OffenceCount::forceArea).distinct().count())
        .isEqualTo(forces);
  }

  @Test
  void greaterManchesterHasNoFiguresForTheYearEndingDecember2019() {
    OnsPfaImporter.Imported t = edition("ons_pfa_tables_P1_counts_ye_dec2019.csv");
    assertThat(t.unavailable()).containsExactly("greater-manchester");
    assertThat(t.counts()).noneMatch(c -> c.forceArea().equals("greater-manchester"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    // figures read off the raw extracts by eye; SOURCES.md quotes the first two
    "ons_pfa_tables_P1_counts_ye_mar2018.csv, hertfordshire, recorded-crime, 82859",
    "ons_pfa_tables_P1_counts_ye_jun2025.csv, hertfordshire, recorded-crime, 83843",
    "ons_pfa_tables_P1_counts_ye_jun2025.csv, city-of-london, robbery, 180",
    "ons_pfa_tables_P1_counts_ye_jun2025.csv, dyfed-powys, theft-from-the-person, 142",
    "ons_pfa_tables_P1_counts_ye_mar2019.csv, essex, residential-burglary, 8632",
    "ons_pfa_tables_P1_counts_ye_dec2019.csv, city-of-london, violence-with-injury, 383",
    "ons_pfa_tables_P1_counts_ye_mar2018.csv, cleveland, non-residential-burglary, 1550"
  })
  void figuresAreReadByCodeAndHeadingNotByPosition(
      String file, String area, String indicator, long offences) {
    OnsPfaImporter.Imported t = edition(file);
    assertThat(t.counts())
        .filteredOn(c -> c.forceArea().equals(area) && c.indicator().equals(indicator))
        .singleElement()
        .satisfies(
            c -> assertThat(c.offences()).isEqualByComparingTo(BigDecimal.valueOf(offences)));
  }

  @Test
  void populationBySummedAuthoritiesAgreesWithTheDerivedSeries() throws IOException {
    CsvTable derived =
        CsvTable.parse(
            "derived",
            Files.readString(
                RAW.resolve("derived_pfa_population_mid2011_to_mid2023_from_mye5.csv")));
    CsvTable ours = CsvTable.parse("ours", rebuiltPopulation());
    int checked = 0;
    for (Map<String, String> d : derived.records()) {
      for (int year = 2011; year <= 2023; year++) {
        String y = Integer.toString(year);
        String code = d.get("pfa23cd");
        assertThat(ours.records())
            .filteredOn(r -> r.get("ons_code").equals(code) && r.get("mid_year").equals(y))
            .singleElement()
            .satisfies(
                r ->
                    assertThat(r.get("population"))
                        .as("%s mid-%s", code, y)
                        .isEqualTo(d.get("mid_" + y)));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(43 * 13);
  }

  @Test
  void populationOfTheForceAreasAddsUpToEnglandAndWales() throws IOException {
    // MYE5: England and Wales mid-2023 is 60,854,727 (SOURCES.md)
    BigDecimal sum = BigDecimal.ZERO;
    for (Map<String, String> r : CsvTable.parse("ours", rebuiltPopulation()).records()) {
      if (r.get("mid_year").equals("2023")) {
        sum = sum.add(new BigDecimal(r.get("population")));
      }
    }
    assertThat(sum).isEqualByComparingTo("60854727");
  }

  @Test
  void forceAreaIdsFollowTheirNames() {
    for (ForceArea a : NationalTables.areas()) {
      assertThat(ForceArea.idOf(a.name())).isEqualTo(a.id());
    }
    assertThat(ForceArea.idOf("Devon & Cornwall")).isEqualTo("devon-cornwall");
    assertThat(ForceArea.idOf("London, City of")).isEqualTo("london-city-of");
  }

  @Test
  void theBundledPeriods() {
    assertThat(NationalTables.periods(NationalTables.bundled()))
        .containsExactly(
            YearEnding.of(2018, 3),
            YearEnding.of(2019, 3),
            YearEnding.of(2019, 12),
            YearEnding.of(2025, 6));
  }
}
