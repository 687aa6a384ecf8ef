package org.forcetotaliser.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule code in the registry is documented in docs/rules.md and shown in the corpus. */
class RulesDocumentedTest {

  static final Path DOC = Path.of("docs/rules.md");
  static final Path CORPUS = Path.of("src/test/resources/golden/check");

  static List<String> codes() {
    return Rules.all().stream().map(RuleInfo::code).toList();
  }

  @Test
  void codesAreUnique() {
    assertThat(codes()).doesNotHaveDuplicates();
  }

  /** A board pack lists accepted warnings by title, so every warning has one of its own. */
  @Test
  void everyWarningHasATitle() {
    for (RuleInfo r : Rules.all()) {
      if (r.severity() == org.forcetotaliser.model.Diagnostic.Severity.WARNING) {
        assertThat(Rules.hasTitle(r.code())).as("title of %s", r.code()).isTrue();
      }
    }
    assertThat(Rules.title("not-costed")).isEqualTo("Offence has no Home Office cost");
    // an error's title is its summary, capitalised
    assertThat(Rules.title("duplicate-project-id")).isEqualTo("Two projects have the same `id`");
  }

  @Test
  void everyCodeHasASectionInRulesMd() throws IOException {
    String doc = Files.readString(DOC);
    for (String code : codes()) {
      assertThat(doc).as("docs/rules.md section for %s", code).contains("## `" + code + "`");
    }
  }

  @Test
  void rulesMdDocumentsNoCodeThatDoesNotExist() throws IOException {
    Matcher m = Pattern.compile("(?m)^## `([a-z-]+)`").matcher(Files.readString(DOC));
    while (m.find()) {
      assertThat(codes()).as("rule documented in docs/rules.md").contains(m.group(1));
    }
  }

  @Test
  void everyCodeAppearsInTheGoldenCorpus() throws IOException {
    Set<String> seen = new HashSet<>();
    Pattern code = Pattern.compile("\\[([a-z-]+)\\]$", Pattern.MULTILINE);
    try (Stream<Path> s = Files.walk(CORPUS)) {
      for (Path p : s.filter(p -> p.getFileName().toString().equals("expected.txt")).toList()) {
        Matcher m = code.matcher(Files.readString(p));
        while (m.find()) {
          seen.add(m.group(1));
        }
      }
    }
    // codes found while reporting are shown by the command-line golden files instead
    // (ReportRulesDocumentedTest)
    assertThat(seen)
        .containsAll(
            Rules.all().stream()
                .filter(r -> !r.stage().equals("report"))
                .map(RuleInfo::code)
                .toList());
  }
}
