package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BenefitKey;
import org.forcetotaliser.model.BenefitKind;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.render.SchemaWriter;
import org.junit.jupiter.api.Test;

/**
 * The "add a benefit type" recipe of docs/architecture.md: a kind defined here, in test code only,
 * is read and validated by the loader and described by the JSON Schema from its own keys, with no
 * change to either.
 */
class BenefitKindRecipeTest {

  /** Penalty notices avoided, priced per notice at a unit value the project gives. */
  static final BenefitKind FINES_AVOIDED =
      new BenefitKind() {
        private final List<BenefitKey> keys =
            List.of(
                BenefitKey.required("authority", BenefitKey.Shape.TEXT, "The issuing authority."),
                BenefitKey.required("unit_value", BenefitKey.Shape.AMOUNT, null),
                BenefitKey.required("price_year", BenefitKey.Shape.YEAR, "Prices of unit_value."),
                BenefitKey.choice(
                    "class",
                    BenefitKey.Presence.OPTIONAL,
                    BenefitDetail.ValueClass.class,
                    "fiscal, economic or social."),
                BenefitKey.optional("cashable", BenefitKey.Shape.BOOLEAN, null));

        @Override
        public String key() {
          return "fines-avoided";
        }

        @Override
        public List<BenefitKey> keys() {
          return keys;
        }

        @Override
        public String label() {
          return "Fines avoided";
        }

        @Override
        public String unit() {
          return "notices";
        }

        @Override
        public BenefitDetail read(KeyReader r) {
          String authority = r.text("authority");
          var unit = r.amount("unit_value");
          FinancialYear year = r.year("price_year");
          BenefitDetail.ValueClass cls = r.choice("class", BenefitDetail.ValueClass.class);
          Boolean cashable = r.bool("cashable");
          if (authority == null || unit == null || year == null) {
            return null;
          }
          return new BenefitDetail.Wider(
              unit,
              year,
              cls == null ? BenefitDetail.ValueClass.FISCAL : cls,
              authority,
              cashable == null || cashable);
        }

        @Override
        public boolean cashable(BenefitDetail d) {
          return ((BenefitDetail.Wider) d).cashable();
        }
      };

  private static BenefitDetail read(String yaml, List<Diagnostic> out) {
    YamlNode.Mapping m = (YamlNode.Mapping) YamlReader.read("p.yaml", yaml, out);
    return ProjectMapper.detail(FINES_AVOIDED, new Fields(m, "benefit `f`", m.at(), out));
  }

  @Test
  void theLoaderReadsTheKindsKeys() {
    List<Diagnostic> out = new ArrayList<>();
    BenefitDetail d =
        read("authority: Northby Council\nunit_value: 60..100\n" + "price_year: 2024-25\n", out);
    assertThat(out).isEmpty();
    BenefitDetail.Wider w = (BenefitDetail.Wider) d;
    assertThat(w.source()).isEqualTo("Northby Council");
    // a range 60..100 with no likely value: likely is the midpoint (60 + 100) / 2 = 80
    assertThat(w.unitValue().likely()).isEqualByComparingTo(new BigDecimal("80"));
    assertThat(w.priceYear()).isEqualTo(FinancialYear.of(2024));
    // class defaults to fiscal and cashable to true in this kind's own rule
    assertThat(w.valueClass()).isEqualTo(BenefitDetail.ValueClass.FISCAL);
    assertThat(FINES_AVOIDED.cashable(d)).isTrue();
  }

  @Test
  void theLoaderReportsEachMissingRequiredKeyAndBadChoice() {
    List<Diagnostic> out = new ArrayList<>();
    BenefitDetail d = read("unit_value: 50\nclass: fiscl\n", out);
    assertThat(d).isNull();
    assertThat(out)
        .extracting(Diagnostic::rule)
        .containsExactlyInAnyOrder("missing-key", "missing-key", "bad-value");
    assertThat(out)
        .extracting(Diagnostic::message)
        .anyMatch(s -> s.contains("authority"))
        .anyMatch(s -> s.contains("price_year"));
  }

  @Test
  void theSchemaDescribesTheKindFromItsKeys() throws Exception {
    JsonNode s =
        new ObjectMapper().readTree(SchemaWriter.benefit(FINES_AVOIDED, ReferenceTables.bundled()));
    assertThat(s.at("/properties/type/const").asText()).isEqualTo("fines-avoided");
    List<String> required = new ArrayList<>();
    s.get("required").forEach(n -> required.add(n.asText()));
    assertThat(required)
        .containsExactly("id", "type", "profile", "authority", "unit_value", "price_year");
    assertThat(s.at("/properties/unit_value/$ref").asText()).isEqualTo("#/$defs/amount");
    assertThat(s.at("/properties/price_year/description").asText())
        .isEqualTo("Prices of unit_value.");
    List<String> classes = new ArrayList<>();
    s.at("/properties/class/enum").forEach(n -> classes.add(n.asText()));
    assertThat(classes).containsExactly("fiscal", "economic", "social");
    assertThat(s.at("/properties/cashable/type").asText()).isEqualTo("boolean");
  }
}
