package org.forcetotaliser.model;

import java.util.Map;
import java.util.Objects;

/**
 * A known warning a force accepts, with its reason (force.yaml {@code accept:}, docs/method.md
 * §9a). It matches a warning with the same rule code and, for each of project, item and offence
 * that it names, the same value; a warning several projects claim (a double count) matches when any
 * one claimant has the project and item named. Immutable.
 *
 * @param project the project id it is limited to, or null for any
 * @param item the benefit or cost id it is limited to, or null for any
 * @param offence the Home Office offence code it is limited to, or null for any
 * @param location where the entry is written, for the warning when it matches nothing
 */
public record Accept(
    String rule, String project, String item, String offence, String reason, Location location) {

  public Accept {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    location = location == null ? Location.ofFile("force.yaml") : location;
  }

  /** Whether this entry accepts {@code d}: a warning of its rule about what it names. */
  public boolean matches(Diagnostic d) {
    if (d.isError() || !d.rule().equals(rule)) {
      return false;
    }
    String claimants = d.subject().get(Diagnostic.CLAIMANTS);
    if (claimants != null) {
      // a finding several projects claim (a double count) is accepted by naming any claimant
      return claimedBy(claimants) && same(d.subject(), "offence", offence);
    }
    return same(d.subject(), "project", project)
        && same(d.subject(), "item", item)
        && same(d.subject(), "offence", offence);
  }

  private boolean claimedBy(String claimants) {
    for (String pair : claimants.split(" ")) {
      int slash = pair.indexOf('/');
      String p = slash < 0 ? pair : pair.substring(0, slash);
      String i = slash < 0 ? null : pair.substring(slash + 1);
      if ((project == null || project.equals(p)) && (item == null || item.equals(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(Map<String, String> subject, String key, String wanted) {
    return wanted == null || wanted.equals(subject.get(key));
  }

  /** How the entry reads: {@code not-costed offence 10D}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(rule);
    if (project != null) {
      sb.append(" project ").append(project);
    }
    if (item != null) {
      sb.append(" item ").append(item);
    }
    if (offence != null) {
      sb.append(" offence ").append(offence);
    }
    return sb.toString();
  }
}
