package org.forcetotaliser.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Keyed;
import org.forcetotaliser.model.LoadRule;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.MapInOrder;
import org.forcetotaliser.model.Portfolio;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReferenceData;
import org.forcetotaliser.model.Roadmap;

/**
 * Loads a portfolio from the paths a user gives: portfolio folders, project files, actuals files,
 * or {@code -} for a project on standard input. Reads force.yaml first (its calendar decides which
 * quarter a month falls in), then projects, then actuals; walks folders in sorted order so that
 * every run reports the same things in the same order. Never throws for bad input: every problem
 * becomes a diagnostic.
 */
public final class PortfolioLoader {

  /** The name standard input is shown as in diagnostics. */
  public static final String STDIN = "<stdin>";

  private final InputStream stdin;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final SourceMap sources = new SourceMap();
  private final List<Input> forceFiles = new ArrayList<>();
  private final List<Input> projectFiles = new ArrayList<>();
  private final List<Input> actualsFiles = new ArrayList<>();
  private final List<Input> roadmapFiles = new ArrayList<>();

  /** Files already collected, so that a file named twice (`check a a`) is read once. */
  private final java.util.Set<Path> seen = new java.util.HashSet<>();

  /**
   * One file to read: where it is and how it is shown; for standard input, no path and the bytes
   * read from it.
   */
  private record Input(Path path, String shown, byte[] data) {
    Input(Path path, String shown) {
      this(path, shown, null);
    }
  }

  /** Adds a file to {@code list} unless it has been collected already. */
  private void add(List<Input> list, Path path, String shown) {
    if (seen.add(path.toAbsolutePath().normalize())) {
      list.add(new Input(path, shown));
    }
  }

  /** Whether force.yaml was found above a project file given on its own. */
  private boolean inherited;

  /** Reads the files, on as many threads as it has. */
  private final MapInOrder inOrder;

  private PortfolioLoader(InputStream stdin, MapInOrder inOrder) {
    this.stdin = stdin;
    this.inOrder = inOrder;
  }

  /**
   * Loads everything under {@code paths}, on the calling thread.
   *
   * @param paths as the user gave them; {@code -} is a project on {@code stdin}
   * @param stdin read only when a path is {@code -}
   */
  public static LoadResult load(List<String> paths, InputStream stdin) {
    return load(paths, stdin, MapInOrder.ONE_THREAD);
  }

  /**
   * Loads everything under {@code paths}, reading the files with {@code inOrder}. The result is the
   * same however it shares the files out.
   */
  public static LoadResult load(List<String> paths, InputStream stdin, MapInOrder inOrder) {
    return new PortfolioLoader(stdin, inOrder).run(paths.isEmpty() ? List.of(".") : paths);
  }

  private LoadResult run(List<String> paths) {
    for (String p : paths) {
      collect(p);
    }
    if (forceFiles.isEmpty()) {
      inherited = nearestForceFile();
    }
    ForceSettings settings = ForceSettings.defaults();
    if (!forceFiles.isEmpty()) {
      Input first = forceFiles.get(0);
      for (Input other : forceFiles.subList(1, forceFiles.size())) {
        diagnostics.add(
            Diagnostic.warning(
                Location.ofFile(other.shown()),
                LoadRule.SEVERAL_FORCE_FILES.code(),
                "more than one force.yaml: this one is ignored and " + first.shown() + " is used"));
      }
      String text = readText(first, diagnostics, sources);
      if (text != null) {
        YamlNode root = YamlReader.read(first.shown(), text, diagnostics);
        if (root != null) {
          settings = ForceMapper.map(first.shown(), root, diagnostics, sources);
        }
      }
    }
    // each file read on any thread into state of its own, added in file order on this one:
    // the projects, then the actuals, whose problems come after every project's
    List<Project> projects = new ArrayList<>();
    List<Diagnostic> actualsProblems = new ArrayList<>();
    ActualsReader actuals = new ActualsReader(settings.calendar(), actualsProblems);
    List<Input> files = new ArrayList<>(projectFiles);
    files.addAll(actualsFiles);
    for (Input in : actualsFiles) {
      sources.putText(
          in.shown(),
          in.path() != null ? in.path() : new String(in.data(), StandardCharsets.UTF_8));
    }
    // standard input is read now, on this thread, so that two `-` read it in the order given
    java.util.Map<Integer, Runnable> readFromStdin = new java.util.HashMap<>();
    for (int i = 0; i < projectFiles.size(); i++) {
      if (projectFiles.get(i).path() == null) {
        readFromStdin.put(i, projectRead(projectFiles.get(i), projects));
      }
    }
    int projectCount = projectFiles.size();
    List<Integer> order = java.util.stream.IntStream.range(0, files.size()).boxed().toList();
    inOrder.<Integer, Runnable>map(
        order,
        () ->
            i -> {
              Input in = files.get(i);
              if (i >= projectCount) {
                return actualsRead(in, actuals);
              }
              Runnable early = readFromStdin.get(i);
              return early != null ? early : projectRead(in, projects);
            },
        Runnable::run);
    diagnostics.addAll(actualsProblems);
    projects.sort(Comparator.comparing(Project::id).thenComparing(p -> p.location().file()));
    actuals.recordLocations(sources);
    Roadmap roadmap = withReturns(readRoadmap(), actuals.progress());
    Portfolio portfolio = new Portfolio(settings, projects, actuals.actuals(), roadmap);
    ReferenceData reference = ReferenceTables.bundled().withOverrides(settings);
    return new LoadResult(
        portfolio,
        reference,
        sources.withSourceLines(afterAliases()),
        sources,
        String.join(" ", paths.stream().map(p -> p.equals("-") ? STDIN : p).toList()),
        projectFiles.size(),
        actualsFiles.size(),
        !inherited);
  }

  /**
   * The diagnostics without the follow-on errors an alias causes: an alias is read as an empty
   * value, and "found nothing" at the alias would only repeat the alias error.
   */
  private List<Diagnostic> afterAliases() {
    java.util.Set<Location> aliases = new java.util.HashSet<>();
    for (Diagnostic d : diagnostics) {
      if (d.rule().equals(LoadRule.YAML_ALIAS.code())) {
        aliases.add(d.location());
      }
    }
    return diagnostics.stream()
        .filter(d -> d.rule().equals(LoadRule.YAML_ALIAS.code()) || !aliases.contains(d.location()))
        .toList();
  }

  /**
   * When no force.yaml was found, a project file given on its own takes the settings of the
   * portfolio it lies in: the force.yaml in its folder or the nearest folder above (README,
   * "Files").
   */
  private boolean nearestForceFile() {
    Path cwd = Path.of("").toAbsolutePath();
    for (Input in : projectFiles) {
      if (in.path() == null) {
        continue;
      }
      for (Path dir = in.path().toAbsolutePath().normalize().getParent();
          dir != null;
          dir = dir.getParent()) {
        for (String force : List.of("force.yaml", "force.yml")) {
          Path f = dir.resolve(force);
          if (Files.isRegularFile(f)) {
            String shown = f.startsWith(cwd) ? cwd.relativize(f).toString() : f.toString();
            add(forceFiles, f, shown);
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Finds the files under one path the user gave. */
  private void collect(String given) {
    if (given.equals("-")) {
      // read now, in the order given: a second `-` finds standard input used up
      byte[] data;
      try {
        data = stdin.readAllBytes();
      } catch (IOException | OutOfMemoryError e) {
        diagnostics.add(unreadable(STDIN, e));
        return;
      }
      (isActualsCsv(data) ? actualsFiles : projectFiles).add(new Input(null, STDIN, data));
      return;
    }
    Path path;
    try {
      path = Path.of(given);
    } catch (InvalidPathException e) {
      diagnostics.add(
          Diagnostic.error(
              Location.ofFile(given),
              LoadRule.NO_INPUT.code(),
              "`" + given + "` is not a valid path"));
      return;
    }
    if (!Files.exists(path)) {
      diagnostics.add(
          Diagnostic.error(
              Location.ofFile(given),
              LoadRule.NO_INPUT.code(),
              Files.isSymbolicLink(path) ? BROKEN_LINK : "no such file or folder"));
      return;
    }
    if (Files.isRegularFile(path)) {
      String name = path.getFileName().toString();
      if (isActuals(name)) {
        add(actualsFiles, path, given);
      } else if (name.equals("force.yaml") || name.equals("force.yml")) {
        add(forceFiles, path, given);
      } else if (isRoadmap(path)) {
        add(roadmapFiles, path, given);
      } else {
        add(projectFiles, path, given);
      }
      return;
    }
    String prefix =
        given.equals(".") || given.equals("./") ? "" : given.endsWith("/") ? given : given + "/";
    for (String force : List.of("force.yaml", "force.yml")) {
      Path f = path.resolve(force);
      if (Files.isRegularFile(f)) {
        add(forceFiles, f, prefix + force);
      }
    }
    int found = 0;
    for (Path p : walk(path, "projects", prefix)) {
      String name = p.getFileName().toString();
      if (isYaml(name)) {
        found++;
        add(projectFiles, p, prefix + relative(path, p));
      } else {
        notRead(
            prefix + relative(path, p),
            "only .yaml and .yml files under projects/ are " + "read as projects");
      }
    }
    for (Path p : walk(path, "actuals", prefix)) {
      if (isActuals(p.getFileName().toString())) {
        add(actualsFiles, p, prefix + relative(path, p));
      } else {
        notRead(
            prefix + relative(path, p),
            "only .csv and .xlsx files under actuals/ are read as actuals");
      }
    }
    for (String roadmap : List.of("roadmap.yaml", "roadmap.yml")) {
      Path r = path.resolve(roadmap);
      if (Files.isRegularFile(r)) {
        add(roadmapFiles, r, prefix + roadmap);
      }
    }
    for (Path p : walk(path, "roadmap", prefix)) {
      if (isYaml(p.getFileName().toString())) {
        add(roadmapFiles, p, prefix + relative(path, p));
      }
    }
    misnamedFolders(path, prefix);
    if (found == 0) {
      String shown = given.equals(".") ? "this folder" : "`" + given + "`";
      diagnostics.add(
          Diagnostic.error(
                  Location.ofFile(given.equals(".") ? "." : given),
                  LoadRule.NO_PROJECTS.code(),
                  "no projects found in "
                      + shown
                      + ": looked for projects/**/*.yaml and projects/**/*.yml")
              .withHint(
                  "a portfolio folder holds force.yaml, projects/ and actuals/; "
                      + "`totaliser init` makes one"));
    }
  }

  /** A file given on its own is a roadmap file if named roadmap.yaml or inside roadmap/. */
  private static boolean isRoadmap(Path path) {
    String name = path.getFileName().toString();
    if (name.equals("roadmap.yaml") || name.equals("roadmap.yml")) {
      return true;
    }
    // the nearest folder that names what the file is: roadmap/ or projects/
    for (Path dir = path.toAbsolutePath().normalize().getParent();
        dir != null && dir.getFileName() != null;
        dir = dir.getParent()) {
      String folder = dir.getFileName().toString();
      if (folder.equals("roadmap")) {
        return true;
      }
      if (folder.equals("projects")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Every roadmap file read and put together (docs/method.md §Roadmap): actions in file order; a
   * building block described in two files keeps the first description.
   */
  private Roadmap readRoadmap() {
    Map<BuildingBlock, Roadmap.Block> blocks = new EnumMap<>(BuildingBlock.class);
    List<Roadmap.Action> actions = new ArrayList<>();
    for (Input in : roadmapFiles) {
      String text = readText(in, diagnostics, sources);
      if (text == null) {
        continue;
      }
      YamlNode root = YamlReader.read(in.shown(), text, diagnostics);
      if (root == null) {
        continue;
      }
      Roadmap one = RoadmapMapper.map(in.shown(), root, diagnostics, sources);
      one.blocks()
          .forEach(
              (block, b) -> {
                Roadmap.Block first = blocks.putIfAbsent(block, b);
                if (first != null) {
                  diagnostics.add(
                      Diagnostic.error(
                              b.location(),
                              "duplicate-key",
                              "building block `"
                                  + block
                                  + "` is already described at "
                                  + first.location())
                          .withHint("describe each building block once"));
                }
              });
      actions.addAll(one.actions());
    }
    return new Roadmap(blocks, actions);
  }

  /**
   * The roadmap with the progress lines of the quarter's returns added to their actions
   * (docs/method.md §Roadmap). A line for an action that does not exist, or for a quarter the
   * action already has progress for, is an error at the line.
   */
  private Roadmap withReturns(Roadmap roadmap, List<ActualsReader.ProgressLine> lines) {
    if (lines.isEmpty()) {
      return roadmap;
    }
    Map<String, Map<Quarter, Roadmap.Progress>> added = new java.util.HashMap<>();
    Map<String, Roadmap.Action> byId = new java.util.LinkedHashMap<>();
    for (Roadmap.Action a : roadmap.actions()) {
      byId.putIfAbsent(a.id(), a);
    }
    for (ActualsReader.ProgressLine l : lines) {
      Roadmap.Action a = byId.get(l.action());
      if (a == null) {
        diagnostics.add(
            Diagnostic.error(
                    l.at(),
                    LoadRule.UNKNOWN_ACTION.code(),
                    "progress for action `" + l.action() + "`, which is not in the roadmap")
                .withHint(Values.didYouMean(l.action(), byId.keySet())));
        continue;
      }
      Map<Quarter, Roadmap.Progress> mine =
          added.computeIfAbsent(a.id(), k -> new java.util.TreeMap<>());
      Roadmap.Progress before = a.progress().get(l.quarter());
      if (before == null) {
        before = mine.get(l.quarter());
      }
      if (before != null) {
        diagnostics.add(
            Diagnostic.error(
                    l.at(),
                    "duplicate-actual",
                    "a second progress report "
                        + "for action `"
                        + a.id()
                        + "` in "
                        + l.quarter()
                        + ": the first is at "
                        + before.location())
                .withHint("keep one status per action and quarter"));
        continue;
      }
      if (a.done() != null && l.quarter().isAfter(a.done())) {
        diagnostics.add(
            Diagnostic.warning(
                    l.at(),
                    LoadRule.PROGRESS_AFTER_DONE.code(),
                    "progress is "
                        + "reported for "
                        + l.quarter()
                        + ", after action `"
                        + a.id()
                        + "` was done in "
                        + a.done())
                .withHint(
                    "a done action is reported as complete; move the report or " + "the `done`"));
      }
      mine.put(
          l.quarter(),
          new Roadmap.Progress(
              Keyed.fromKey(Roadmap.ReportedRag.class, l.rag()), l.note(), l.at()));
    }
    List<Roadmap.Action> actions = new ArrayList<>();
    for (Roadmap.Action a : roadmap.actions()) {
      Map<Quarter, Roadmap.Progress> more = added.get(a.id());
      actions.add(more == null || byId.get(a.id()) != a ? a : a.withProgress(more));
    }
    return new Roadmap(roadmap.blocks(), actions);
  }

  /** A project file's name: {@code .yaml} or {@code .yml}, in any case ({@code B.YAML}). */
  private static boolean isYaml(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** An actuals file's name: {@code .csv} in any case ({@code q2.CSV}). */
  private static boolean isCsv(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
  }

  /** A workbook's name: {@code .xlsx} in any case. */
  private static boolean isXlsx(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
  }

  /** An actuals file's name: a CSV file or a workbook (docs/method.md §8). */
  private static boolean isActuals(String name) {
    return isCsv(name) || isXlsx(name);
  }

  /**
   * Whether standard input holds an actuals CSV rather than a project file: its first line that
   * holds anything is a header naming the columns {@code project}, {@code item}, {@code period} and
   * {@code actual} (in any order, any case, quoted or not). A project file's first line is a YAML
   * key or comment, never such a list.
   */
  static boolean isActualsCsv(byte[] data) {
    String text = new String(data, 0, Math.min(data.length, 65536), StandardCharsets.ISO_8859_1);
    if (text.startsWith("\u00EF\u00BB\u00BF")) {
      text = text.substring(3);
    }
    for (String line : text.split("\r\n|\r|\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      java.util.Set<String> names = new java.util.HashSet<>();
      for (String f : line.split(",", -1)) {
        String n = f.strip();
        if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
          n = n.substring(1, n.length() - 1).strip();
        }
        names.add(n.toLowerCase(java.util.Locale.ROOT));
      }
      return names.containsAll(ActualsReader.COLUMNS.subList(0, 4));
    }
    return false;
  }

  /**
   * A file in the portfolio that is not read must not be skipped without a word; a README (any
   * extension, any case) is documentation left there on purpose.
   */
  private void notRead(String shown, String why) {
    String name = shown.substring(shown.lastIndexOf('/') + 1);
    if (name.toLowerCase(java.util.Locale.ROOT).startsWith("readme")) {
      return;
    }
    diagnostics.add(
        Diagnostic.warning(
                Location.ofFile(shown),
                LoadRule.UNREAD_FILE.code(),
                "this file is not read: " + why)
            .withHint("rename it, or move it out of the portfolio's projects/ and actuals/"));
  }

  /**
   * Folders beside {@code projects/} and {@code actuals/} whose names differ only in case ({@code
   * Projects/}): on a case-sensitive file system they are not read, so say so once.
   */
  private void misnamedFolders(Path root, String prefix) {
    try (Stream<Path> s = Files.list(root)) {
      s.map(p -> p.getFileName().toString())
          .sorted()
          .forEach(
              name -> {
                for (String wanted : List.of("projects", "actuals")) {
                  if (!name.equals(wanted)
                      && name.equalsIgnoreCase(wanted)
                      && Files.isDirectory(root.resolve(name))
                      && !sameFolder(root, name, wanted)) {
                    diagnostics.add(
                        Diagnostic.warning(
                                Location.ofFile(prefix + name + "/"),
                                LoadRule.UNREAD_FILE.code(),
                                "this folder is not read: the "
                                    + wanted
                                    + " folder is `"
                                    + wanted
                                    + "/`, in lower case")
                            .withHint("rename it to `" + wanted + "/`, or move its files there"));
                  }
                }
              });
    } catch (IOException | java.io.UncheckedIOException e) {
      // the folder was listed a moment ago; a failure now is reported when it is walked
    }
  }

  /** Whether two names are one folder (a file system that ignores case). */
  private static boolean sameFolder(Path root, String a, String b) {
    try {
      return Files.exists(root.resolve(b)) && Files.isSameFile(root.resolve(a), root.resolve(b));
    } catch (IOException e) {
      return false;
    }
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /** Regular files under {@code root/sub}, sorted by path; hidden files and folders skipped. */
  private List<Path> walk(Path root, String sub, String prefix) {
    Path dir = root.resolve(sub);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    TreeMap<String, Path> found = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      // Excel's lock file `~$q3.xlsx`, there while q3.xlsx is open, is not a workbook
      s.filter(p -> !hidden(dir, p) && !p.getFileName().toString().startsWith("~$"))
          .forEach(
              p -> {
                if (Files.isRegularFile(p)) {
                  found.put(relative(dir, p), p);
                } else if (Files.isSymbolicLink(p) && !Files.exists(p) && wanted(p)) {
                  // a project or actuals file that cannot be reached must not vanish without a word
                  diagnostics.add(
                      Diagnostic.error(
                          Location.ofFile(prefix + sub + "/" + relative(dir, p)),
                          LoadRule.UNREADABLE_FILE.code(),
                          "cannot read the file: " + BROKEN_LINK));
                }
              });
    } catch (IOException | java.io.UncheckedIOException e) {
      diagnostics.add(
          Diagnostic.error(
              Location.ofFile(prefix + sub),
              LoadRule.UNREADABLE_FILE.code(),
              "cannot read the folder: " + reason(e)));
    }
    return new ArrayList<>(found.values());
  }

  private static final String BROKEN_LINK =
      "it is a symbolic link that leads nowhere, or round in a loop";

  private static boolean wanted(Path p) {
    String name = p.getFileName().toString();
    return isYaml(name) || isActuals(name);
  }

  private static boolean hidden(Path dir, Path p) {
    for (Path part : dir.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads one project file into lists of its own, on any thread; what it returns adds them to the
   * shared ones.
   */
  private Runnable projectRead(Input in, List<Project> projects) {
    List<Diagnostic> found = new ArrayList<>();
    SourceMap where = new SourceMap();
    Project p = readProject(in, found, where);
    return () -> {
      diagnostics.addAll(found);
      sources.putAll(where);
      addProject(projects, p);
    };
  }

  /**
   * Files larger than this are read straight into the sums on the adding thread, so that a large
   * file's rows are never held: parsing ahead on another thread keeps every row of a file until it
   * is added.
   */
  static final long PARSE_AHEAD_BYTES = 1 << 20;

  /**
   * Parses one actuals file on any thread; what it returns adds it to {@code reader}. A large file
   * is read when it is added instead.
   */
  private static Runnable actualsRead(Input in, ActualsReader reader) {
    if (in.path() == null) {
      ActualsReader.Parsed parsed = parseBytes(in.shown(), in.data(), reader);
      return () -> reader.add(parsed);
    }
    if (isXlsx(in.path().getFileName().toString())) {
      List<ActualsReader.Parsed> sheets = reader.parseWorkbook(in.shown(), in.path());
      return () -> sheets.forEach(reader::add);
    }
    long size;
    try {
      size = Files.size(in.path());
    } catch (IOException e) {
      size = Long.MAX_VALUE;
    }
    if (size > PARSE_AHEAD_BYTES) {
      return () -> readActuals(in, reader);
    }
    ActualsReader.Parsed parsed;
    try {
      parsed = parseBytes(in.shown(), Files.readAllBytes(in.path()), reader);
    } catch (IOException e) {
      ActualsReader.Parsed failed = new ActualsReader.Parsed(in.shown());
      failed.report(unreadable(in.shown(), e));
      parsed = failed;
    }
    ActualsReader.Parsed done = parsed;
    return () -> reader.add(done);
  }

  /** Parses one actuals CSV held in memory, in the encoding its bytes show. */
  private static ActualsReader.Parsed parseBytes(String shown, byte[] bytes, ActualsReader reader) {
    try {
      TextFiles.Encoding encoding = TextFiles.encoding(new java.io.ByteArrayInputStream(bytes));
      return reader.parse(shown, new java.io.ByteArrayInputStream(bytes), encoding);
    } catch (IOException e) {
      // bytes in memory cannot fail to be read
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Reads one large actuals file into {@code reader}, twice: once to find its encoding, once for
   * its rows. Problems go to the reader.
   */
  private static void readActuals(Input in, ActualsReader reader) {
    TextFiles.Encoding encoding;
    try (InputStream s = Files.newInputStream(in.path())) {
      encoding = TextFiles.encoding(s);
    } catch (IOException e) {
      reader.report(unreadable(in.shown(), e));
      return;
    }
    try (InputStream s = Files.newInputStream(in.path())) {
      reader.read(in.shown(), s, encoding);
    } catch (IOException e) {
      reader.report(unreadable(in.shown(), e));
    }
  }

  private static void addProject(List<Project> projects, Project p) {
    if (p != null) {
      projects.add(p);
    }
  }

  /** One project file read and mapped, or null; problems go to {@code out}. */
  private Project readProject(Input in, List<Diagnostic> out, SourceMap where) {
    String text = readText(in, out, where);
    if (text == null) {
      return null;
    }
    YamlNode root = YamlReader.read(in.shown(), text, out);
    return root == null ? null : ProjectMapper.map(in.shown(), root, out, where);
  }

  /** The whole text of a YAML file, or null (and a diagnostic) when it cannot be read. */
  private String readText(Input in, List<Diagnostic> out, SourceMap where) {
    try {
      byte[] bytes = in.path() == null ? in.data() : Files.readAllBytes(in.path());
      String text = TextFiles.decode(bytes);
      // keep only where to find the text again, so that memory does not grow with the files
      where.putText(in.shown(), in.path() == null ? text : in.path());
      return text;
    } catch (CharacterCodingException e) {
      out.add(
          Diagnostic.error(
              Location.ofFile(in.shown()), LoadRule.UNREADABLE_FILE.code(), e.getMessage()));
    } catch (IOException | OutOfMemoryError e) {
      out.add(unreadable(in.shown(), e));
    }
    return null;
  }

  private static Diagnostic unreadable(String shown, Throwable e) {
    return Diagnostic.error(
        Location.ofFile(shown),
        LoadRule.UNREADABLE_FILE.code(),
        "cannot read the file: " + reason(e));
  }

  private static String reason(Throwable e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof OutOfMemoryError) {
      return "too large";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
