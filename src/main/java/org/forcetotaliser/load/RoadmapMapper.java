package org.forcetotaliser.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Keyed;
import org.forcetotaliser.model.LoadRule;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Roadmap;

/**
 * Maps the located tree of one roadmap file (docs/method.md §Roadmap) into a {@link Roadmap},
 * reporting every problem it finds: unknown keys, missing or malformed values, dates that
 * contradict each other within an action. Checks that need the whole portfolio (an action id used
 * twice across files, a project that does not exist) are rules in package {@code check}.
 */
final class RoadmapMapper {

  static final Set<String> FILE_KEYS = keys("blocks", "actions");
  static final Set<String> BLOCK_KEYS = keys("lead", "ambition");
  static final Set<String> ACTION_KEYS =
      keys(
          "id",
          "title",
          "building_block",
          "owner",
          "start",
          "due",
          "done",
          "projects",
          "milestones",
          "progress");
  static final Set<String> MILESTONE_KEYS = keys("id", "due", "done");
  static final Set<String> PROGRESS_KEYS = keys("rag", "note");

  private final List<Diagnostic> out;
  private final SourceMap sources;

  private RoadmapMapper(List<Diagnostic> out, SourceMap sources) {
    this.out = out;
    this.sources = sources;
  }

  private static Set<String> keys(String... k) {
    return new LinkedHashSet<>(List.of(k));
  }

  static Roadmap map(String file, YamlNode root, List<Diagnostic> out, SourceMap sources) {
    return new RoadmapMapper(out, sources).roadmap(root);
  }

  private Roadmap roadmap(YamlNode root) {
    if (!(root instanceof YamlNode.Mapping m)) {
      out.add(
          Diagnostic.error(
              root.at(),
              "wrong-type",
              "a roadmap file should be a mapping with `actions:` (and optionally `blocks:`), found "
                  + root.describe()));
      return Roadmap.NONE;
    }
    Fields f = new Fields(m, "the roadmap", m.at(), out);
    f.rejectUnknown(FILE_KEYS, Map.of());
    Map<BuildingBlock, Roadmap.Block> blocks = blocks(f);
    List<Roadmap.Action> actions = new ArrayList<>();
    for (YamlNode.Mapping item : list(f, "actions", "an action with `id:` and `title:`")) {
      Roadmap.Action a = action(item);
      if (a != null) {
        actions.add(a);
      }
    }
    return new Roadmap(blocks, actions);
  }

  private Map<BuildingBlock, Roadmap.Block> blocks(Fields f) {
    Map<BuildingBlock, Roadmap.Block> blocks = new EnumMap<>(BuildingBlock.class);
    YamlNode n = f.node("blocks");
    if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
      return blocks;
    }
    if (!(n instanceof YamlNode.Mapping m)) {
      f.error(
          n.at(),
          "wrong-type",
          "`blocks` should be a mapping from building block to "
              + "`{ lead: …, ambition: … }`, found "
              + n.describe(),
          null);
      return blocks;
    }
    for (YamlNode.Entry e : m.entries()) {
      BuildingBlock block = Keyed.fromKey(BuildingBlock.class, e.name());
      if (block == null) {
        List<String> all = new ArrayList<>();
        for (BuildingBlock b : BuildingBlock.values()) {
          all.add(b.key());
        }
        f.error(
            e.key().at(),
            "unknown-building-block",
            "`"
                + e.name()
                + "` is not a building block; the six are "
                + Keyed.keys(BuildingBlock.class).replace(" | ", ", "),
            Values.didYouMean(e.name(), all));
        continue;
      }
      if (!(e.value() instanceof YamlNode.Mapping bm)) {
        if (!(e.value() instanceof YamlNode.Scalar s && s.isNull())) {
          f.error(
              e.value().at(),
              "wrong-type",
              "building block `"
                  + e.name()
                  + "` should be a mapping such as `{ lead: …, ambition: … }`, found "
                  + e.value().describe(),
              null);
        }
        continue;
      }
      Fields bf = new Fields(bm, "building block `" + e.name() + "`", e.key().at(), out);
      bf.rejectUnknown(BLOCK_KEYS, Map.of());
      blocks.put(
          block,
          new Roadmap.Block(bf.text("lead", false), bf.text("ambition", false), e.key().at()));
    }
    return blocks;
  }

  /** The mappings of a list such as {@code actions:}; reports items that are not mappings. */
  private List<YamlNode.Mapping> list(Fields f, String key, String each) {
    YamlNode n = f.node(key);
    List<YamlNode.Mapping> items = new ArrayList<>();
    if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
      return items;
    }
    if (!(n instanceof YamlNode.Sequence seq)) {
      f.error(
          n.at(),
          "wrong-type",
          "`" + key + "` should be a list of items (`- id: …`), found " + n.describe(),
          null);
      return items;
    }
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlNode.Mapping m) {
        items.add(m);
      } else {
        f.error(
            item.at(),
            "wrong-type",
            "each of `" + key + "` should be " + each + ", found " + item.describe(),
            null);
      }
    }
    return items;
  }

  private static String peekId(YamlNode.Mapping m) {
    for (YamlNode.Entry e : m.entries()) {
      if (e.name().equals("id") && e.value() instanceof YamlNode.Scalar s && !s.isNull()) {
        return s.value();
      }
    }
    return null;
  }

  private Roadmap.Action action(YamlNode.Mapping m) {
    String peek = peekId(m);
    String what = peek == null ? "an action" : "action `" + peek + "`";
    Fields f = new Fields(m, what, m.at(), out);
    f.rejectUnknown(ACTION_KEYS, Map.of());
    String id = f.value("id", true, RoadmapMapper::id);
    String title = f.text("title", true);
    BuildingBlock block =
        f.choice("building_block", BuildingBlock.class, true, "unknown-building-block");
    String owner = f.text("owner", true);
    Quarter start = f.quarter("start", true);
    Quarter due = f.quarter("due", true);
    Quarter done = f.quarter("done", false);
    boolean datesOk = start != null && due != null;
    if (datesOk && due.isBefore(start)) {
      f.error(
          f.node("due").at(),
          LoadRule.DUE_BEFORE_START.code(),
          "`due` " + due + " of " + what + " is before its `start` " + start,
          null);
      datesOk = false;
    }
    if (start != null && done != null && done.isBefore(start)) {
      f.error(
          f.node("done").at(),
          LoadRule.DONE_BEFORE_START.code(),
          "`done` " + done + " of " + what + " is before its `start` " + start,
          "an action cannot be completed before it starts");
    }
    List<String> projects = projects(f, what);
    List<Roadmap.Milestone> milestones = new ArrayList<>();
    Map<String, Location> milestoneIds = new HashMap<>();
    for (YamlNode.Mapping item : list(f, "milestones", "a milestone `{ id: …, due: … }`")) {
      Roadmap.Milestone ms = milestone(item, what, datesOk ? start : null, datesOk ? due : null);
      if (ms == null) {
        continue;
      }
      Location first = milestoneIds.putIfAbsent(ms.id(), ms.location());
      if (first != null) {
        out.add(
            Diagnostic.error(
                    ms.location(),
                    LoadRule.DUPLICATE_MILESTONE_ID.code(),
                    "milestone id `"
                        + ms.id()
                        + "` is used twice in "
                        + what
                        + "; the first is on line "
                        + first.line())
                .withHint("give each milestone of an action its own id"));
        continue;
      }
      milestones.add(ms);
    }
    TreeMap<Quarter, Roadmap.Progress> progress = progress(f, what, done);
    if (id == null
        || title == null
        || block == null
        || owner == null
        || start == null
        || due == null) {
      return null;
    }
    Roadmap.Action a =
        new Roadmap.Action(
            id,
            title,
            block,
            owner,
            start,
            due,
            done,
            projects,
            milestones,
            progress,
            f.locations().get("id"));
    sources.put(a, f.locations());
    return a;
  }

  private static String id(String text) {
    if (!ProjectMapper.ID.matcher(text).matches()) {
      String suggestion =
          text.strip()
              .toLowerCase(java.util.Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-|-$", "");
      throw new BadValue(
          LoadRule.BAD_ID.code(),
          "an id may use only a-z, 0-9 and `-`, found `" + text + "`",
          suggestion.isEmpty() ? null : "for example `" + suggestion + "`");
    }
    return text;
  }

  /** The project ids under {@code projects:}, each located for the check that they exist. */
  private List<String> projects(Fields f, String what) {
    List<String> ids = new ArrayList<>();
    YamlNode n = f.node("projects");
    if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
      return ids;
    }
    if (!(n instanceof YamlNode.Sequence seq)) {
      f.error(
          n.at(),
          "wrong-type",
          "`projects` of " + what + " should be a list of project " + "ids, found " + n.describe(),
          "for example `projects: [mobile-data]`");
      return ids;
    }
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Scalar s) || s.isNull()) {
        f.error(
            item.at(),
            "wrong-type",
            "each of `projects` should be a project id, found " + item.describe(),
            null);
        continue;
      }
      try {
        ids.add(id(s.value()));
        // where each linked id was written, for unknown-linked-project
        f.locations().put("projects/" + s.value(), s.at());
      } catch (BadValue b) {
        f.error(s.at(), b.rule, "`projects`: " + b.getMessage(), b.hint);
      }
    }
    return ids;
  }

  private Roadmap.Milestone milestone(
      YamlNode.Mapping m, String action, Quarter start, Quarter due) {
    String peek = peekId(m);
    String what = peek == null ? "a milestone of " + action : "milestone `" + peek + "`";
    Fields f = new Fields(m, what, m.at(), out);
    f.rejectUnknown(MILESTONE_KEYS, Map.of());
    String id = f.value("id", true, RoadmapMapper::id);
    Quarter msDue = f.quarter("due", true);
    Quarter msDone = f.quarter("done", false);
    if (msDue != null && start != null && (msDue.isBefore(start) || msDue.isAfter(due))) {
      f.error(
          f.node("due").at(),
          LoadRule.MILESTONE_OUTSIDE_ACTION.code(),
          "`due` "
              + msDue
              + " of "
              + what
              + " is outside "
              + action
              + ", which runs "
              + start
              + " to "
              + due,
          "a milestone falls due within its action's `start`–`due`");
    }
    if (id == null || msDue == null) {
      return null;
    }
    return new Roadmap.Milestone(id, msDue, msDone, f.locations().get("id"));
  }

  private TreeMap<Quarter, Roadmap.Progress> progress(Fields f, String what, Quarter done) {
    TreeMap<Quarter, Roadmap.Progress> progress = new TreeMap<>();
    YamlNode n = f.node("progress");
    if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
      return progress;
    }
    if (!(n instanceof YamlNode.Mapping m)) {
      f.error(
          n.at(),
          "wrong-type",
          "`progress` of "
              + what
              + " should be a mapping from "
              + "quarter to `{ rag: …, note: … }`, found "
              + n.describe(),
          "for example `2025-26 Q2: { rag: amber, note: \"…\" }`");
      return progress;
    }
    Map<Quarter, Location> seen = new HashMap<>();
    for (YamlNode.Entry e : m.entries()) {
      Quarter q;
      try {
        q = Values.quarter(e.name());
      } catch (BadValue b) {
        f.error(e.key().at(), b.rule, "progress: " + b.getMessage(), b.hint);
        continue;
      }
      Location before = seen.putIfAbsent(q, e.key().at());
      if (before != null) {
        f.error(
            e.key().at(),
            "duplicate-key",
            "quarter "
                + q
                + " is given twice in the "
                + "progress of "
                + what
                + "; the first is on line "
                + before.line(),
            "remove one of them");
        continue;
      }
      if (!(e.value() instanceof YamlNode.Mapping pm)) {
        f.error(
            e.value().at(),
            "wrong-type",
            "progress "
                + q
                + " of "
                + what
                + " should be a mapping such as `{ rag: amber, note: \"…\" }`, found "
                + e.value().describe(),
            null);
        continue;
      }
      Fields pf = new Fields(pm, "progress " + q + " of " + what, e.key().at(), out);
      pf.rejectUnknown(PROGRESS_KEYS, Map.of());
      Roadmap.ReportedRag rag = pf.choice("rag", Roadmap.ReportedRag.class, true, "bad-value");
      String note = pf.text("note", false);
      if (done != null && q.isAfter(done)) {
        out.add(
            Diagnostic.warning(
                    e.key().at(),
                    LoadRule.PROGRESS_AFTER_DONE.code(),
                    "progress is reported "
                        + "for "
                        + q
                        + ", after "
                        + what
                        + " was done in "
                        + done)
                .withHint("a done action is reported as complete; move the report or the `done`"));
      }
      if (rag != null) {
        progress.put(q, new Roadmap.Progress(rag, note, e.key().at()));
      }
    }
    return progress;
  }
}
