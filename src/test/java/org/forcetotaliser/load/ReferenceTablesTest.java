package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The bundled reference tables are consistent with themselves and with each other — the checks
 * SOURCES.md asks for after any edit. A figure is never changed here, only checked.
 */
class ReferenceTablesTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static List<String> column(String table, String name) {
    List<String> out = new ArrayList<>();
    for (Map<String, String> r : ReferenceTables.table(table).records()) {
      out.add(r.get(name));
    }
    return out;
  }

  @Test
  void crimeCostComponentsAddUpToTheirTotalWithinTenPounds() {
    // the published totals are rounded to the nearest £10
    for (Map<String, String> r : ReferenceTables.table("crime-unit-costs").records()) {
      BigDecimal sum =
          d(r.get("anticipation")).add(d(r.get("consequence"))).add(d(r.get("response")));
      assertThat(sum.subtract(d(r.get("total"))).abs())
          .as(r.get("category"))
          .isLessThanOrEqualTo(BigDecimal.TEN);
    }
  }

  @Test
  void optimismBiasBoundsAreTheTablesHighestUpperBoundPerBasis() {
    // capex rows' capex_upper: 0.51, 0.24, 0.66, 0.44, 2.00 → 2.00 (equipment-development);
    // the one opex row, outsourcing: 0.41
    assertThat(ReferenceTables.optimismBiasUpperBounds())
        .containsExactly(
            Map.entry("capex", new BigDecimal("2.00")), Map.entry("opex", new BigDecimal("0.41")));
  }

  @Test
  void noTableHasADuplicateKey() {
    assertThat(column("crime-unit-costs", "category")).doesNotHaveDuplicates();
    assertThat(column("offences", "ho_code")).doesNotHaveDuplicates();
    assertThat(column("cchi-subgroups", "cchi_subgroup")).doesNotHaveDuplicates();
    assertThat(column("police-hourly-costs", "role")).doesNotHaveDuplicates();
    assertThat(column("gdp-deflators", "financial_year")).doesNotHaveDuplicates();
    assertThat(column("optimism-bias", "project_type")).doesNotHaveDuplicates();
  }

  @Test
  void everyKeyAnOffenceRefersToExists() {
    ReferenceData ref = ReferenceTables.bundled();
    assertThat(ref.offences()).hasSize(131);
    ref.offences()
        .values()
        .forEach(
            o -> {
              if (o.isCosted()) {
                assertThat(ref.crimeCosts()).as(o.hoCode()).containsKey(o.costCategory());
              }
              assertThat(ref.cchi()).as(o.hoCode()).containsKey(o.cchiSubgroup());
              assertThat(o.cssWeight().signum()).as(o.hoCode()).isPositive();
            });
  }

  @Test
  void deflatorYearsAreContiguousWithTheBaseAtExactlyOneHundred() {
    ReferenceData ref = ReferenceTables.bundled();
    FinancialYear expected = ref.deflators().firstKey();
    for (FinancialYear y : ref.deflators().keySet()) {
      assertThat(y).isEqualTo(expected);
      expected = expected.plusYears(1);
    }
    assertThat(ref.deflators().get(FinancialYear.of(2024))).isEqualByComparingTo("100");
    // every rate's price year is in the series
    ref.rates().values().forEach(r -> assertThat(ref.deflators()).containsKey(r.priceYear()));
  }

  @Test
  void discountBandsAreContiguousFromYearZeroAndTheLastIsOpen() {
    List<ReferenceData.DiscountBand> bands = ReferenceTables.bundled().discountBands();
    int next = 0;
    for (int i = 0; i < bands.size(); i++) {
      ReferenceData.DiscountBand b = bands.get(i);
      assertThat(b.fromYear()).isEqualTo(next);
      if (i < bands.size() - 1) {
        assertThat(b.toYear()).isNotNull();
        next = b.toYear() + 1;
      } else {
        assertThat(b.toYear()).isNull();
      }
    }
    // the standard schedule: 3.5 % to year 30, then 3.0 %
    assertThat(bands.get(0).standard()).isEqualByComparingTo("0.035");
    assertThat(bands.get(1).fromYear()).isEqualTo(31);
  }

  @Test
  void anEmptyMultiplierIsNotANumber() {
    // commercial categories publish no multiplier: absent, never read as 0 or 1
    ReferenceData ref = ReferenceTables.bundled();
    assertThat(ref.crimeCosts().get("commercial-theft").multiplier()).isNull();
    assertThat(ref.crimeCosts().get("domestic-burglary").multiplier()).isEqualByComparingTo("2.17");
  }

  @Test
  void theCatalogueDescribesEveryTable() {
    assertThat(column("catalogue", "table")).containsExactlyElementsOf(ReferenceTables.NAMES);
  }

  @Test
  void theCrimeCostPriceYearComesFromTheCatalogue() {
    // catalogue.csv, row crime-unit-costs, price_year 2019-20
    assertThat(ReferenceTables.bundled().crimeCostPriceYear())
        .isEqualTo(org.forcetotaliser.model.FinancialYear.of(2019));
  }
}
