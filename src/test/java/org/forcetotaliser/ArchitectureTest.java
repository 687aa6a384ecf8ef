package org.forcetotaliser;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages' layering, read from the compiled classes (so a fully qualified name counts as much
 * as an import). The pipeline runs model → load → check → calc → report → render, with cli
 * outermost: a package uses only those before it. The calculation core (model, calc, report) does
 * no I/O and knows no file format, library for output or command line.
 */
class ArchitectureTest {
  private static final String ROOT = "org.forcetotaliser";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void eachStageUsesOnlyTheStagesBeforeIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model")
        .definedBy(ROOT + ".model..")
        .layer("load")
        .definedBy(ROOT + ".load..")
        .layer("check")
        .definedBy(ROOT + ".check..")
        .layer("calc")
        .definedBy(ROOT + ".calc..")
        .layer("report")
        .definedBy(ROOT + ".report..")
        .layer("render")
        .definedBy(ROOT + ".render..")
        .layer("cli")
        .definedBy(ROOT + ".cli..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("render")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("render", "cli")
        .whereLayer("calc")
        .mayOnlyBeAccessedByLayers("report", "render", "cli")
        .whereLayer("check")
        .mayOnlyBeAccessedByLayers("calc", "report", "render", "cli")
        .whereLayer("load")
        .mayOnlyBeAccessedByLayers("check", "calc", "report", "render", "cli")
        .check(classes);
  }

  @Test
  void theCalculationCoreNeverReachesTheReadingStages() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".model..", ROOT + ".calc..", ROOT + ".report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".load..", ROOT + ".check..")
        .check(classes);
  }

  @Test
  void theCalculationCoreDoesNoIo() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".model..", ROOT + ".calc..", ROOT + ".report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.io..",
            "java.nio..",
            "com.fasterxml..",
            "org.yaml..",
            "picocli..",
            "io.pebbletemplates..",
            "org.jfree..",
            "org.dhatim..")
        .because("the calculation core does no I/O (docs/architecture.md)")
        .check(classes);
  }

  /** A simple name says which class it is: no two top-level classes share one. */
  @Test
  void noTwoClassesShareASimpleName() {
    java.util.Map<String, java.util.List<String>> byName = new java.util.TreeMap<>();
    for (com.tngtech.archunit.core.domain.JavaClass c : classes) {
      if (c.isTopLevelClass() && !c.getSimpleName().equals("package-info")) {
        byName
            .computeIfAbsent(c.getSimpleName(), k -> new java.util.ArrayList<>())
            .add(c.getName());
      }
    }
    byName.values().removeIf(names -> names.size() < 2);
    org.assertj.core.api.Assertions.assertThat(byName).isEmpty();
  }
}
