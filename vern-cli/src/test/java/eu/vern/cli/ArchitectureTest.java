package eu.vern.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Holds the module arrows of DESIGN.md: a module may use only the modules it depends on (and what
 * those depend on). A module not yet built simply has no classes to check.
 */
class ArchitectureTest {

  /** The design's table: module → the modules it depends on directly. */
  static final Map<String, List<String>> ARROWS = new LinkedHashMap<>();

  static {
    ARROWS.put("catalog", List.of());
    ARROWS.put("guidelines", List.of("catalog"));
    ARROWS.put("enforce", List.of("guidelines"));
    ARROWS.put("discovery", List.of("catalog", "guidelines"));
    ARROWS.put("plan", List.of("catalog", "guidelines"));
    ARROWS.put("gateway", List.of("catalog", "guidelines"));
    ARROWS.put("report", List.of("enforce", "discovery", "plan", "gateway"));
    ARROWS.put("publish", List.of());
    ARROWS.put("server", List.of("catalog", "guidelines", "enforce", "discovery", "plan",
        "gateway", "report", "publish"));
    ARROWS.put("cli", List.of("catalog", "guidelines", "enforce", "discovery", "plan", "gateway",
        "report", "publish", "server"));
  }

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("eu.vern");

  @Test
  void noModuleUsesAModuleItDoesNotDependOn() {
    for (String module : ARROWS.keySet()) {
      Set<String> allowed = reachable(module);
      List<String> forbidden = new ArrayList<>();
      for (String other : ARROWS.keySet()) {
        if (!allowed.contains(other)) {
          forbidden.add("eu.vern." + other + "..");
        }
      }
      if (forbidden.isEmpty()) {
        continue;
      }
      noClasses()
          .that().resideInAPackage("eu.vern." + module + "..")
          .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
          .allowEmptyShould(true)
          .because("DESIGN.md's module map lets " + module + " depend only on " + allowed)
          .check(classes);
    }
  }

  @Test
  void theCatalogStaysFreeOfTheCommandLine() {
    noClasses()
        .that().resideInAPackage("eu.vern.catalog..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(classes);
  }

  private static Set<String> reachable(String module) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(module));
    while (!todo.isEmpty()) {
      String m = todo.remove(todo.size() - 1);
      if (seen.add(m)) {
        todo.addAll(ARROWS.getOrDefault(m, List.of()));
      }
    }
    return seen;
  }
}
