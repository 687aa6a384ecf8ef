package org.forcetotaliser.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BenefitKey;
import org.forcetotaliser.model.BenefitKind;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Keyed;
import org.forcetotaliser.model.ReferenceData;
import org.forcetotaliser.model.Stage;

/**
 * JSON Schema (draft 2020-12) of the project and force files, for editors and CI. Enumerations come
 * from the model and the bundled tables, so the schema cannot drift from what {@code check}
 * accepts; roles and offence codes are suggested (a force may add its own).
 */
public final class SchemaWriter {
  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  private static final String QUARTER = "^[0-9]{4}[-/][0-9]{2} Q[1-4]$";
  private static final String YEAR = "^[0-9]{4}[-/][0-9]{2}$";
  private static final String PCT =
      "(100(\\.0+)?%|[0-9]{1,2}(\\.[0-9]+)?%|0(\\.[0-9]+)?|1(\\.0+)?)";
  private static final String PERCENT = "^" + PCT + "$";
  private static final String PERCENT_RANGE = "^" + PCT + "\\.\\." + PCT + "$";
  private static final String UPLIFT = "^[0-9]+(\\.[0-9]+)?%?$";
  private static final String UPLIFT_RANGE = "^[0-9]+(\\.[0-9]+)?%?\\.\\.[0-9]+(\\.[0-9]+)?%?$";
  private static final String ID = "^[a-z0-9-]+$";

  private SchemaWriter() {}

  /** The schema of a project file. */
  public static String project(ReferenceData ref) {
    Json j =
        new Json()
            .begin()
            .string("$schema", DRAFT)
            .string("$id", "https://force-totaliser.org/schema/project.json")
            .string("title", "Force Totaliser project")
            .string("description", "One prevention project: its costs and planned benefits.")
            .string("type", "object");
    required(j, "id", "name", "owner", "building_block", "stage", "start", "end");
    j.bool("additionalProperties", false);
    j.begin("properties");
    stringProp(j, "id", "Unique in the portfolio: lower-case letters, digits and hyphens.", ID);
    text(j, "name", "The project's full name, shown in reports.");
    text(j, "owner", "The benefit owner (senior responsible owner).");
    enumProp(
        j,
        "building_block",
        "Which building block the project belongs to.",
        keys(BuildingBlock.values()));
    enumProp(
        j,
        "stage",
        "Proposed projects are pipeline; approved, live and closed ones "
            + "count in the force total.",
        keys(Stage.values()));
    j.begin("area")
        .string("type", "string")
        .string("description", "force-wide, or the area the project covers.")
        .string("default", "force-wide")
        .end();
    stringProp(j, "start", "First quarter, e.g. 2025-26 Q1.", QUARTER);
    stringProp(j, "end", "Last quarter, e.g. 2027-28 Q4.", QUARTER);
    enumProp(
        j,
        "prices",
        "real: amounts already in price-base prices; nominal: cash of " + "their year, deflated.",
        List.of("real", "nominal"));
    stringProp(
        j,
        "price_year",
        "The year whose prices real amounts are in (default: the " + "force's price_base).",
        YEAR);
    j.begin("costs")
        .string("type", "array")
        .begin("items")
        .string("$ref", "#/$defs/cost")
        .end()
        .end();
    j.begin("benefits")
        .string("type", "array")
        .begin("items")
        .string("$ref", "#/$defs/benefit")
        .end()
        .end();
    j.end();
    j.begin("$defs");
    defs(j, ref);
    j.end();
    return j.end().finish();
  }

  /** The schema of roadmap.yaml and of each file under roadmap/ (docs/method.md §Roadmap). */
  public static String roadmap() {
    Json j =
        new Json()
            .begin()
            .string("$schema", DRAFT)
            .string("$id", "https://force-totaliser.org/schema/roadmap.json")
            .string("title", "Force Totaliser Prevention Roadmap")
            .string(
                "description",
                "Actions against the six building blocks, each owned, dated "
                    + "and tracked quarter by quarter.")
            .string("type", "object");
    j.bool("additionalProperties", false);
    j.begin("properties");
    j.begin("blocks")
        .string("type", "object")
        .string("description", "A lead and an ambition per building block (optional).")
        .bool("additionalProperties", false)
        .begin("properties");
    for (String b : keys(BuildingBlock.values())) {
      j.begin(b).string("type", "object").bool("additionalProperties", false).begin("properties");
      text(j, "lead", "Who leads the building block.");
      text(j, "ambition", "What the block is for, in a sentence.");
      j.end().end();
    }
    j.end().end();
    j.begin("actions")
        .string("type", "array")
        .begin("items")
        .string("$ref", "#/$defs/action")
        .end()
        .end();
    j.end();
    j.begin("$defs");
    j.begin("action").string("type", "object").bool("additionalProperties", false);
    required(j, "id", "title", "building_block", "owner", "start", "due");
    j.begin("properties");
    stringProp(j, "id", "Unique across the roadmap: lower-case letters, digits and hyphens.", ID);
    text(j, "title", "What the action will do, shown in reports.");
    enumProp(
        j,
        "building_block",
        "The building block the action belongs to.",
        keys(BuildingBlock.values()));
    text(j, "owner", "Who owns the action.");
    stringProp(j, "start", "The quarter the action starts, e.g. 2025-26 Q1.", QUARTER);
    stringProp(j, "due", "The quarter the action as a whole is due.", QUARTER);
    stringProp(j, "done", "The quarter the action was completed.", QUARTER);
    j.begin("projects")
        .string("type", "array")
        .string("description", "Ids of the projects the action delivers through.")
        .begin("items")
        .string("type", "string")
        .string("pattern", ID)
        .end()
        .end();
    j.begin("milestones")
        .string("type", "array")
        .begin("items")
        .string("$ref", "#/$defs/milestone")
        .end()
        .end();
    j.begin("progress")
        .string("type", "object")
        .string("description", "The status reported each quarter.")
        .begin("patternProperties")
        .begin(QUARTER)
        .string("$ref", "#/$defs/progress")
        .end()
        .end()
        .bool("additionalProperties", false)
        .end();
    j.end().end();
    j.begin("milestone").string("type", "object").bool("additionalProperties", false);
    required(j, "id", "due");
    j.begin("properties");
    stringProp(j, "id", "Unique within its action.", ID);
    stringProp(j, "due", "The quarter it falls due, within the action's start–due.", QUARTER);
    stringProp(j, "done", "The quarter it was done.", QUARTER);
    j.end().end();
    j.begin("progress").string("type", "object").bool("additionalProperties", false);
    required(j, "rag");
    j.begin("properties");
    enumProp(j, "rag", "The status reported for the quarter.", List.of("green", "amber", "red"));
    text(j, "note", "A line on why.");
    j.end().end();
    j.end();
    return j.end().finish();
  }

  private static void defs(Json j, ReferenceData ref) {
    // a percentage: 10% or 0.1, or a range
    j.begin("percentage")
        .string(
            "description",
            "A percentage: 10% or 0.1; or a range " + "40%..70% or {low, likely, high}.");
    j.array("anyOf");
    j.begin().string("type", "number").integer("minimum", 0).integer("maximum", 1).end();
    j.begin().string("type", "string").string("pattern", PERCENT).end();
    j.begin().string("type", "string").string("pattern", PERCENT_RANGE).end();
    j.begin().string("$ref", "#/$defs/range").end();
    j.endArray().end();
    j.begin("uplift")
        .string("description", "An uplift in percent (may exceed 100%), or a " + "range.");
    j.array("anyOf");
    j.begin().string("type", "number").integer("minimum", 0).end();
    j.begin().string("type", "string").string("pattern", UPLIFT).end();
    j.begin().string("type", "string").string("pattern", UPLIFT_RANGE).end();
    j.begin().string("$ref", "#/$defs/range").end();
    j.endArray().end();
    j.begin("amount").string("description", "A quantity or £ amount (≥ 0), or a range.");
    j.array("anyOf");
    j.begin().string("type", "number").integer("minimum", 0).end();
    j.begin()
        .string("type", "string")
        .string("pattern", "^[0-9]+(\\.[0-9]+)?\\.\\.[0-9]+(\\.[0-9]+)?$")
        .end();
    j.begin().string("$ref", "#/$defs/range").end();
    j.endArray().end();
    j.begin("range").string("type", "object").bool("additionalProperties", false);
    required(j, "low", "high");
    j.begin("properties");
    for (String k : List.of("low", "likely", "high")) {
      j.begin(k).array("type").element("number").element("string").endArray().end();
    }
    j.end().end();
    // profiles
    j.begin("profile")
        .string(
            "description",
            "Gross quantity per quarter: explicit periods, "
                + "or a rate per_quarter / per_year with from, to and drop_off.");
    j.array("oneOf");
    j.begin().string("type", "object").integer("minProperties", 1).begin("patternProperties");
    j.begin(QUARTER.substring(0, QUARTER.length() - 1).replace(" Q[1-4]", "( Q[1-4])?") + "$")
        .string("$ref", "#/$defs/amount")
        .end();
    j.end().bool("additionalProperties", false).end();
    j.begin().string("type", "object").bool("additionalProperties", false);
    j.array("oneOf");
    j.begin().array("required").element("per_quarter").endArray().end();
    j.begin().array("required").element("per_year").endArray().end();
    j.endArray();
    j.begin("properties");
    j.begin("per_quarter").string("$ref", "#/$defs/amount").end();
    j.begin("per_year").string("$ref", "#/$defs/amount").end();
    stringProp(j, "from", "First quarter of the rate (default: the project's start).", QUARTER);
    stringProp(j, "to", "Last quarter of the rate (default: the project's end).", QUARTER);
    j.begin("drop_off").string("$ref", "#/$defs/percentage").end();
    j.end().end();
    j.endArray().end();
    // cost
    j.begin("cost").string("type", "object").bool("additionalProperties", false);
    required(j, "id", "kind", "profile");
    j.begin("properties");
    stringProp(j, "id", "Unique within the project (shared with benefit ids).", ID);
    enumProp(j, "kind", "capital, revenue or in-kind.", List.of("capital", "revenue", "in-kind"));
    j.begin("profile").string("$ref", "#/$defs/profile").end();
    j.begin("optimism_bias")
        .string("$ref", "#/$defs/uplift")
        .string("description", "Uplift on this cost; may exceed 100%.")
        .end();
    j.end().end();
    // benefit: one schema per type
    j.begin("benefit").array("oneOf");
    for (BenefitDetail.Type kind : BenefitDetail.Type.values()) {
      benefit(j, kind, ref);
    }
    j.endArray().end();
  }

  /** The schema of one kind's benefits alone; the project schema has one such per kind. */
  public static String benefit(BenefitKind kind, ReferenceData ref) {
    Json j = new Json();
    benefit(j, kind, ref);
    return j.finish();
  }

  /** The schema of one kind's benefits, described from the kind's own keys. */
  private static void benefit(Json j, BenefitKind kind, ReferenceData ref) {
    j.begin().string("type", "object").bool("additionalProperties", false);
    List<String> req = new ArrayList<>(List.of("id", "type", "profile"));
    for (BenefitKey k : kind.keys()) {
      if (k.schemaRequires()) {
        req.add(k.name());
      }
    }
    required(j, req.toArray(new String[0]));
    j.begin("properties");
    stringProp(j, "id", "Unique within the project (shared with cost ids).", ID);
    j.begin("type").string("const", kind.key()).end();
    j.begin("profile").string("$ref", "#/$defs/profile").end();
    // qualitative benefits may carry these too; their additionality is simply not applied
    for (String f :
        List.of(
            "deadweight",
            "displacement",
            "leakage",
            "substitution",
            "attribution",
            "optimism_bias")) {
      j.begin(f).string("$ref", "#/$defs/percentage").end();
    }
    j.begin("evidence")
        .string("type", "integer")
        .integer("minimum", 1)
        .integer("maximum", 5)
        .string("description", "Maryland Scientific Methods Scale.")
        .end();
    enumProp(j, "confidence", "How sure the estimate is.", List.of("high", "medium", "low"));
    text(
        j, "claim", "The outcome claimed; the same key in another project is a double " + "count.");
    enumProp(
        j,
        "discount_schedule",
        "This benefit's own Green Book schedule (health effects: "
            + "health); default the force's.",
        List.of("standard", "health", "sensitivity"));
    for (BenefitKey k : kind.keys()) {
      key(j, k, ref);
    }
    j.end().end();
  }

  private static void key(Json j, BenefitKey k, ReferenceData ref) {
    Runnable write =
        switch (k.shape()) {
          case TEXT -> () -> text(j, k.name(), k.description());
          case OFFENCE -> () -> suggest(j, k.name(), k.description(), ref.offences().keySet());
          case ROLE -> () -> suggest(j, k.name(), k.description(), ref.rates().keySet());
          case CHOICE -> () -> enumProp(j, k.name(), k.description(), k.choiceKeys());
          case AMOUNT ->
              () -> described(j.begin(k.name()).string("$ref", "#/$defs/amount"), k).end();
          case YEAR -> () -> stringProp(j, k.name(), k.description(), YEAR);
          case BOOLEAN -> () -> described(j.begin(k.name()).string("type", "boolean"), k).end();
        };
    write.run();
  }

  private static Json described(Json j, BenefitKey k) {
    return k.description() == null ? j : j.string("description", k.description());
  }

  /** The schema of force.yaml. */
  public static String force(ReferenceData ref) {
    Json j =
        new Json()
            .begin()
            .string("$schema", DRAFT)
            .string("$id", "https://force-totaliser.org/schema/force.json")
            .string("title", "Force Totaliser force settings")
            .string("type", "object")
            .bool("additionalProperties", false);
    j.begin("properties");
    text(j, "force", "The force's name, shown in reports.");
    j.begin("financial_year_start")
        .string("type", "integer")
        .integer("minimum", 1)
        .integer("maximum", 12)
        .integer("default", 4)
        .end();
    suggestPattern(j, "price_base", "All £ are reported in this year's prices.", YEAR, years(ref));
    stringProp(
        j,
        "force_area",
        "This force's area in the bundled national tables of the "
            + "Prevention Index (`totaliser index --list-forces`).",
        ID);
    suggestPattern(
        j, "discount_year", "Year 0 for discounting (default: price_base).", YEAR, years(ref));
    enumProp(
        j,
        "discount_schedule",
        "Green Book STPR schedule.",
        List.of("standard", "health", "sensitivity"));
    enumProp(j, "harm_index", "Which harm index leads in reports.", List.of("css", "cchi"));
    j.begin("crime_cost_components")
        .string("type", "array")
        .begin("items")
        .array("enum")
        .element("anticipation")
        .element("consequence")
        .element("response")
        .endArray()
        .end()
        .end();
    j.begin("scale_recorded_to_all").string("type", "boolean").end();
    j.begin("fte_hours").string("type", "number").integer("exclusiveMinimum", 0).end();
    j.begin("tolerance")
        .string("type", "object")
        .bool("additionalProperties", false)
        .begin("properties");
    for (String t : List.of("green", "amber")) {
      // the percentage grammar: 90% or the fraction 0.9
      j.begin(t).string("description", "Realisation threshold: 90% or 0.9.").array("anyOf");
      j.begin().string("type", "number").integer("minimum", 0).integer("maximum", 1).end();
      j.begin().string("type", "string").string("pattern", "^[0-9]+(\\.[0-9]+)?%$").end();
      j.endArray().end();
    }
    j.end().end();
    j.begin("accept")
        .string("type", "array")
        .string(
            "description",
            "Known warnings, "
                + "accepted with a reason: listed, not printed, not failing --strict.")
        .begin("items")
        .string("type", "object")
        .bool("additionalProperties", false);
    required(j, "rule", "reason");
    j.begin("properties");
    text(j, "rule", "The rule code of the warning.");
    text(j, "project", "Only this project's warnings.");
    text(j, "item", "Only this benefit's or cost's warnings.");
    text(j, "offence", "Only warnings about this offence code.");
    text(j, "reason", "Why the force accepts it.");
    j.end().end().end();
    j.begin("rates")
        .string("type", "object")
        .begin("additionalProperties")
        .string("type", "object")
        .bool("additionalProperties", false);
    required(j, "per_hour", "price_year");
    j.begin("properties");
    j.begin("per_hour").string("type", "number").integer("minimum", 0).end();
    stringProp(j, "price_year", "The financial year of per_hour's prices.", YEAR);
    text(j, "source", "Where the rate comes from.");
    text(j, "label", "The role's name in reports.");
    j.end().end().end();
    j.begin("offences")
        .string("type", "array")
        .begin("items")
        .string("type", "object")
        .bool("additionalProperties", false);
    required(j, "ho_code", "offence", "css_weight", "cchi_subgroup");
    j.begin("properties");
    text(j, "ho_code", "Home Office offence code.");
    text(j, "offence", "The offence's name.");
    text(j, "ons_group", "ONS offence group.");
    j.begin("css_weight").string("type", "number").integer("minimum", 0).end();
    j.begin("cost_category").array("enum");
    ref.crimeCosts().keySet().forEach(j::element);
    j.endArray().end();
    j.begin("cchi_subgroup").array("enum");
    ref.cchi().keySet().forEach(j::element);
    j.endArray().end();
    j.end().end().end();
    index(j);
    j.end();
    return j.end().finish();
  }

  /** {@code index:} of force.yaml (docs/method.md §Prevention Index). */
  private static void index(Json j) {
    String period = "^(YE ?[0-9]{4}-[0-9]{2}|[0-9]{4}[-/][0-9]{2})$";
    j.begin("index")
        .string("type", "object")
        .string(
            "description",
            "The Prevention Index: " + "the force against comparable forces (totaliser index).")
        .bool("additionalProperties", false)
        .begin("properties");
    stringProp(j, "baseline", "The baseline 12 months, e.g. YE 2019-03.", period);
    stringProp(
        j,
        "current",
        "The current 12 months (default: the latest with every " + "indicator).",
        period);
    j.begin("comparators")
        .string("description", "Force-area ids, or { nearest: k }.")
        .array("oneOf");
    j.begin()
        .string("type", "array")
        .begin("items")
        .string("type", "string")
        .string("pattern", ID)
        .end()
        .end();
    j.begin().string("type", "object").bool("additionalProperties", false);
    required(j, "nearest");
    j.begin("properties")
        .begin("nearest")
        .string("type", "integer")
        .integer("minimum", 1)
        .integer("maximum", 41)
        .end()
        .end()
        .end();
    j.endArray().end();
    j.begin("indicators")
        .string("type", "array")
        .begin("items")
        .string("type", "object")
        .bool("additionalProperties", false);
    required(j, "id");
    j.begin("properties");
    stringProp(
        j,
        "id",
        "A bundled indicator (totaliser index --list-indicators) or one in " + "indicators/*.csv.",
        ID);
    j.begin("weight").string("type", "number").integer("exclusiveMinimum", 0).end();
    enumProp(
        j,
        "better",
        "Whether a lower or a higher value is better (default: lower).",
        List.of("lower", "higher"));
    text(j, "source", "The indicators file that alone supplies this series.");
    j.end().end().end();
    j.end().end();
  }

  private static List<String> years(ReferenceData ref) {
    List<String> out = new ArrayList<>();
    ref.deflators().keySet().forEach(y -> out.add(y.toString()));
    return out;
  }

  private static List<String> keys(Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> e : values) {
      out.add(Keyed.key(e));
    }
    return out;
  }

  private static void required(Json j, String... names) {
    j.array("required");
    for (String n : names) {
      j.element(n);
    }
    j.endArray();
  }

  private static void text(Json j, String name, String description) {
    j.begin(name).string("type", "string").string("description", description).end();
  }

  private static void stringProp(Json j, String name, String description, String pattern) {
    j.begin(name)
        .string("type", "string")
        .string("description", description)
        .string("pattern", pattern)
        .end();
  }

  private static void enumProp(Json j, String name, String description, Collection<String> values) {
    j.begin(name).string("type", "string").string("description", description).array("enum");
    values.forEach(j::element);
    j.endArray().end();
  }

  /** A string whose known values are offered for completion, though others are allowed. */
  private static void suggest(Json j, String name, String description, Collection<String> values) {
    j.begin(name).string("description", description).array("anyOf");
    j.begin().array("enum");
    values.forEach(j::element);
    j.endArray().end();
    j.begin().array("type").element("string").element("integer").endArray().end();
    j.endArray().end();
  }

  private static void suggestPattern(
      Json j, String name, String description, String pattern, Collection<String> values) {
    j.begin(name)
        .string("type", "string")
        .string("description", description)
        .string("pattern", pattern)
        .array("examples");
    values.forEach(j::element);
    j.endArray().end();
  }
}
