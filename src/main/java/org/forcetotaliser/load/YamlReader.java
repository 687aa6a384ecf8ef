package org.forcetotaliser.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.LoadRule;
import org.forcetotaliser.model.Location;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML document strictly into a located tree. It works from SnakeYAML's event stream (not
 * its object constructor) so that it sees every key and value with its position, and rejects what a
 * plain YAML loader would quietly accept: duplicate keys, anchors and aliases, tabs in indentation,
 * more than one document.
 */
final class YamlReader {

  /**
   * The most characters a project or force file may hold: SnakeYAML's own default limit on code
   * points, set here so that the message can say it. A real project file is a few kilobytes.
   */
  static final int MAX_CHARS = 3 * 1024 * 1024;

  /**
   * The deepest nesting read. A project needs four levels; the tree is built recursively, so
   * without a limit a file of brackets nested fifty thousand deep overflows the stack.
   */
  static final int MAX_DEPTH = 64;

  private final String file;
  private final List<Diagnostic> diagnostics;
  private Iterator<Event> events;
  private int depth;

  /** Nesting deeper than {@link #MAX_DEPTH}, where it starts. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Location at;

    TooDeep(Location at) {
      super(null, null, false, false);
      this.at = at;
    }
  }

  private YamlReader(String file, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /**
   * The document's root, or null when the text is not a usable document (the reasons are added to
   * {@code diagnostics}).
   */
  static YamlNode read(String file, String text, List<Diagnostic> diagnostics) {
    return new YamlReader(file, diagnostics).read(text);
  }

  private YamlNode read(String text) {
    if (text.length() > MAX_CHARS) {
      diagnostics.add(
          Diagnostic.error(
              Location.ofFile(file),
              LoadRule.UNREADABLE_FILE.code(),
              String.format(
                  java.util.Locale.UK,
                  "the file is too large: %,d characters, more than "
                      + "the %,d a project or force file may hold",
                  text.length(),
                  MAX_CHARS)));
      return null;
    }
    if (tabs(text)) {
      return null;
    }
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(false);
    options.setCodePointLimit(MAX_CHARS);
    try {
      // the parser alone: a full Yaml object builds type resolvers that are never used here
      ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
      events =
          new Iterator<>() {
            public boolean hasNext() {
              return !parser.checkEvent(Event.ID.StreamEnd);
            }

            public Event next() {
              return parser.getEvent();
            }
          };
      YamlNode root = null;
      int documents = 0;
      while (events.hasNext()) {
        Event e = events.next();
        if (e instanceof DocumentStartEvent) {
          documents++;
          if (documents > 1) {
            diagnostics.add(
                Diagnostic.error(
                    at(e.getStartMark()),
                    LoadRule.YAML_SYNTAX.code(),
                    "a file holds one document, found a second one here"));
            return null;
          }
        } else if (e instanceof NodeEvent
            || e instanceof MappingStartEvent
            || e instanceof SequenceStartEvent) {
          root = node(e);
        }
      }
      if (root == null || root instanceof YamlNode.Scalar s && s.isNull()) {
        diagnostics.add(
            Diagnostic.error(
                Location.ofFile(file), LoadRule.EMPTY_FILE.code(), "the file is empty"));
        return null;
      }
      return root;
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
      problem = problem.replace("\t", "\\t");
      if (e.getContext() != null && e.getContextMark() != null && e.getProblemMark() != null) {
        problem +=
            " ("
                + e.getContext()
                + " that starts on line "
                + (e.getContextMark().getLine() + 1)
                + ")";
      }
      diagnostics.add(
          Diagnostic.error(
              m == null ? new Location(file, 1, 1) : at(m),
              LoadRule.YAML_SYNTAX.code(),
              "not valid YAML: " + problem));
      return null;
    } catch (TooDeep e) {
      diagnostics.add(
          Diagnostic.error(
              e.at,
              LoadRule.YAML_SYNTAX.code(),
              "the values are nested more than "
                  + MAX_DEPTH
                  + " levels deep here; a project needs no more than four"));
      return null;
    } catch (YAMLException e) {
      diagnostics.add(
          Diagnostic.error(
              Location.ofFile(file),
              LoadRule.YAML_SYNTAX.code(),
              "not valid YAML: " + e.getMessage()));
      return null;
    }
  }

  /**
   * Reports the first tab on each line outside quotes and comments. YAML forbids tabs in
   * indentation and SnakeYAML rejects most others, at a confusing place and with a cryptic message;
   * we point at the tab itself.
   */
  private boolean tabs(String text) {
    if (text.indexOf('\t') < 0) {
      return false; // the common case, without splitting the text into lines
    }
    boolean found = false;
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      boolean indent = true;
      char quote = 0;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quote != 0) {
          quote = c == quote ? 0 : quote;
          continue;
        }
        if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
          break;
        }
        if (c == '\t') {
          if (blankOrComment(line, i)) {
            break;
          }
          diagnostics.add(
              Diagnostic.error(
                      new Location(file, n + 1, i + 1),
                      LoadRule.YAML_SYNTAX.code(),
                      indent
                          ? "a tab is used for indentation; YAML needs spaces"
                          : "a tab is not allowed here; YAML needs spaces")
                  .withHint("replace the tab with spaces"));
          found = true;
          break;
        }
        if (c == '"' || c == '\'') {
          quote = c;
        }
        if (c != ' ' && c != '-') {
          indent = false;
        }
      }
    }
    return found;
  }

  /** Whether the rest of {@code line} from {@code i} is only white space and a comment. */
  private static boolean blankOrComment(String line, int i) {
    String rest = line.substring(i).strip();
    return rest.isEmpty() || rest.startsWith("#");
  }

  private Location at(Mark m) {
    return new Location(file, m.getLine() + 1, m.getColumn() + 1);
  }

  private YamlNode node(Event e) {
    boolean nests = e instanceof SequenceStartEvent || e instanceof MappingStartEvent;
    if (nests && ++depth > MAX_DEPTH) {
      throw new TooDeep(at(e.getStartMark()));
    }
    try {
      return build(e);
    } finally {
      if (nests) {
        depth--;
      }
    }
  }

  private YamlNode build(Event e) {
    if (e instanceof AliasEvent a) {
      diagnostics.add(
          Diagnostic.error(
              at(e.getStartMark()),
              LoadRule.YAML_ALIAS.code(),
              "aliases (`*" + a.getAnchor() + "`) are not allowed: write the value out in full"));
      return new YamlNode.Scalar("", true, at(e.getStartMark()));
    }
    if (e instanceof NodeEvent n && n.getAnchor() != null) {
      diagnostics.add(
          Diagnostic.error(
              at(e.getStartMark()),
              LoadRule.YAML_ALIAS.code(),
              "anchors (`&" + n.getAnchor() + "`) are not allowed: write each value out in full"));
    }
    if (e instanceof ScalarEvent s) {
      return new YamlNode.Scalar(
          s.getValue(),
          s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN,
          at(e.getStartMark()));
    }
    if (e instanceof SequenceStartEvent) {
      List<YamlNode> items = new ArrayList<>();
      while (true) {
        Event next = events.next();
        if (next.is(Event.ID.SequenceEnd)) {
          break;
        }
        items.add(node(next));
      }
      return new YamlNode.Sequence(items, at(e.getStartMark()));
    }
    if (e instanceof MappingStartEvent) {
      List<YamlNode.Entry> entries = new ArrayList<>();
      Map<String, YamlNode.Scalar> seen = new HashMap<>();
      while (true) {
        Event next = events.next();
        if (next.is(Event.ID.MappingEnd)) {
          break;
        }
        YamlNode key = node(next);
        YamlNode value = node(events.next());
        if (!(key instanceof YamlNode.Scalar k)) {
          diagnostics.add(
              Diagnostic.error(
                  key.at(),
                  LoadRule.YAML_SYNTAX.code(),
                  "a key must be a plain name, found " + key.describe()));
          continue;
        }
        YamlNode.Scalar first = seen.putIfAbsent(k.value(), k);
        if (first != null) {
          diagnostics.add(
              Diagnostic.error(
                      k.at(),
                      LoadRule.DUPLICATE_KEY.code(),
                      "`"
                          + k.value()
                          + "` is given twice; the first is on line "
                          + first.at().line())
                  .withHint("remove one of them"));
          continue;
        }
        entries.add(new YamlNode.Entry(k, value));
      }
      return new YamlNode.Mapping(entries, at(e.getStartMark()));
    }
    throw new IllegalStateException("unexpected YAML event " + e);
  }
}
