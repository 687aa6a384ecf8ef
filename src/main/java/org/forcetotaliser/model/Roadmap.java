package org.forcetotaliser.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The Prevention Roadmap (docs/method.md §Roadmap): the programme's change plan, as actions against
 * the six building blocks, each owned, dated and tracked quarter by quarter. Read from {@code
 * roadmap.yaml} and {@code roadmap/**}{@code /*.yaml}; a portfolio without one has {@link #NONE}.
 * Immutable.
 *
 * @param blocks the lead and ambition written for a building block, where one was written
 * @param actions every action, in the order the files were read
 */
public record Roadmap(Map<BuildingBlock, Block> blocks, List<Action> actions) {

  /** No roadmap: no blocks described and no actions. */
  public static final Roadmap NONE = new Roadmap(Map.of(), List.of());

  public Roadmap {
    EnumMap<BuildingBlock, Block> copy = new EnumMap<>(BuildingBlock.class);
    copy.putAll(blocks);
    blocks = java.util.Collections.unmodifiableMap(copy);
    actions = List.copyOf(actions);
  }

  public boolean isEmpty() {
    return blocks.isEmpty() && actions.isEmpty();
  }

  /** A building block's lead and ambition; either may be null. */
  public record Block(String lead, String ambition, Location location) {}

  /** A status reported for an action in one quarter. */
  public enum ReportedRag {
    GREEN,
    AMBER,
    RED;

    public String key() {
      return Keyed.key(this);
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /** One quarter's reported status of an action, with an optional note. */
  public record Progress(ReportedRag rag, String note, Location location) {
    public Progress {
      Objects.requireNonNull(rag, "rag");
    }
  }

  /**
   * A dated step of an action.
   *
   * @param done the quarter it was completed, or null when it is not done
   */
  public record Milestone(String id, Quarter due, Quarter done, Location location) {
    public Milestone {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(due, "due");
    }
  }

  /**
   * One action of the roadmap.
   *
   * @param due when the action as a whole is due
   * @param done the quarter the action was completed, or null
   * @param projects the ids of the projects the action delivers through, as written
   * @param progress the status reported for each quarter, in quarter order
   */
  public record Action(
      String id,
      String title,
      BuildingBlock block,
      String owner,
      Quarter start,
      Quarter due,
      Quarter done,
      List<String> projects,
      List<Milestone> milestones,
      NavigableMap<Quarter, Progress> progress,
      Location location) {

    public Action {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(block, "block");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(due, "due");
      projects = List.copyOf(projects);
      milestones = List.copyOf(milestones);
      progress = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(progress));
      location = location == null ? Location.ofFile("") : location;
    }

    /** The same action with progress added for quarters it has none for (from a return). */
    public Action withProgress(Map<Quarter, Progress> more) {
      TreeMap<Quarter, Progress> all = new TreeMap<>(more);
      all.putAll(progress);
      return new Action(
          id, title, block, owner, start, due, done, projects, milestones, all, location);
    }
  }
}
