package org.fazhi.governance.cli;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.lang.module.ModuleDescriptor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 架构规则 / The architecture of the library, as rules that read as sentences: the module layering, no package
 * cycles, internal packages used only where the module descriptors allow, and no hidden clock or console in library
 * code. Each rule names the class and the line that breaks it.
 */
class ArchitectureTest {
    private static final String MODEL = "Model";
    private static final String RULES = "Rules";
    private static final String REPORT = "Report";
    private static final String TEXT = "Text";
    private static final String SPARK = "Spark";
    private static final String CLI = "Cli";
    private static final String EXAMPLES = "Examples";

    /** The library modules: cli and examples are applications and may print and read the clock. */
    private static final String[] LIBRARY = {"org.fazhi.governance.model..", "org.fazhi.governance.rules..",
        "org.fazhi.governance.indicators..", "org.fazhi.governance.report..", "org.fazhi.governance.text..",
        "org.fazhi.governance.spark.."};

    @Test
    void every_module_is_seen() {
        assertThat(LibraryModules.DESCRIPTORS).containsOnlyKeys("org.fazhi.governance.model",
                "org.fazhi.governance.rules", "org.fazhi.governance.report", "org.fazhi.governance.text",
                "org.fazhi.governance.cli", "org.fazhi.governance.examples");
        assertThat(LibraryModules.PACKAGES).containsKey(LibraryModules.SPARK).doesNotContainKey("(unnamed)");
    }

    /** As the poms declare it: model ← rules ← report ← text ← cli; report ← examples; rules ← spark. */
    @Test
    void modules_depend_only_on_the_layers_below_them() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer(MODEL).definedBy("org.fazhi.governance.model..")
                .layer(RULES).definedBy("org.fazhi.governance.rules..", "org.fazhi.governance.indicators..")
                .layer(REPORT).definedBy("org.fazhi.governance.report..")
                .layer(TEXT).definedBy("org.fazhi.governance.text..")
                .layer(SPARK).definedBy("org.fazhi.governance.spark..")
                .layer(CLI).definedBy("org.fazhi.governance.cli..")
                .layer(EXAMPLES).definedBy("org.fazhi.governance.examples..")
                .whereLayer(MODEL).mayOnlyBeAccessedByLayers(RULES, REPORT, TEXT, SPARK, CLI, EXAMPLES)
                .whereLayer(RULES).mayOnlyBeAccessedByLayers(REPORT, TEXT, SPARK, CLI, EXAMPLES)
                .whereLayer(REPORT).mayOnlyBeAccessedByLayers(TEXT, CLI, EXAMPLES)
                .whereLayer(TEXT).mayOnlyBeAccessedByLayers(CLI)
                .whereLayer(SPARK).mayNotBeAccessedByAnyLayer()
                .whereLayer(CLI).mayNotBeAccessedByAnyLayer()
                .whereLayer(EXAMPLES).mayNotBeAccessedByAnyLayer()
                .check(LibraryModules.CLASSES);
    }

    @Test
    void no_package_depends_on_itself_through_other_packages() {
        slices().matching("org.fazhi.governance.(**)").namingSlices("package org.fazhi.governance.$1")
                .should().beFreeOfCycles()
                .check(LibraryModules.CLASSES);
    }

    /**
     * A package that a module does not export to everyone (its {@code internal} package) is used only inside that
     * module and by the modules its qualified export names; derived from the module descriptors, so a new
     * {@code exports … to} is the one place to allow more.
     */
    @Test
    void internal_packages_are_used_only_where_a_qualified_export_allows() {
        List<ArchRule> rules = new ArrayList<>();
        for (ModuleDescriptor module : LibraryModules.DESCRIPTORS.values()) {
            Set<String> open = module.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            for (String pkg : LibraryModules.PACKAGES.getOrDefault(module.name(), Set.of())) {
                if (open.contains(pkg)) {
                    continue;
                }
                Set<String> allowed = new TreeSet<>(LibraryModules.PACKAGES.get(module.name()));
                module.exports().stream().filter(e -> e.source().equals(pkg)).flatMap(e -> e.targets().stream())
                        .forEach(target -> allowed.addAll(LibraryModules.PACKAGES.getOrDefault(target, Set.of())));
                String outside = "are outside " + module.name() + " and the modules it exports " + pkg + " to";
                rules.add(noClasses().that(describe(outside, (JavaClass c) -> !allowed.contains(c.getPackageName())))
                        .should().dependOnClassesThat().resideInAPackage(pkg));
            }
        }
        assertThat(rules).as("the model has an internal package, so there is something to check").isNotEmpty();
        CompositeArchRule.of(rules).check(LibraryModules.CLASSES);
    }

    @Test
    void library_code_reads_no_clock_of_its_own() {
        noClasses().that().resideInAnyPackage(LIBRARY)
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "systemUTC")
                .because("the as-of date comes from the caller (CheckContext), so that a check is repeatable")
                .check(LibraryModules.CLASSES);
    }

    @Test
    void library_code_writes_nothing_to_the_console() {
        noClasses().that().resideInAnyPackage(LIBRARY)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("a library reports through its return values and exceptions; only cli and examples print")
                .check(LibraryModules.CLASSES);
    }
}
