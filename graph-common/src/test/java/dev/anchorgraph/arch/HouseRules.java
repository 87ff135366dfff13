package dev.anchorgraph.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.List;
import java.util.Set;

/**
 * The rules every module's {@code ArchitectureTest} applies to its own production classes (docs/architecture.md):
 * packages by feature without cycles, no layer packages, no {@code FooImpl}, and dependencies pointing down the module
 * picture only. One place for the rules, so the modules cannot drift apart.
 */
public final class HouseRules {

    /** Package names that mean a technical layer, not a feature. */
    static final Set<String> LAYER_PACKAGES = Set.of(
            "controller",
            "controllers",
            "service",
            "services",
            "dto",
            "dtos",
            "impl",
            "repository",
            "repositories",
            "model",
            "models",
            "util",
            "utils",
            "helper",
            "helpers",
            "manager");

    /** Module roots, top to bottom of the picture in docs/architecture.md. */
    public static final String SERVICE = "dev.anchorgraph.service";

    public static final String LOADER = "dev.anchorgraph.loader";
    public static final String GENERATOR = "dev.anchorgraph.generator";
    public static final String ANALYTICS = "dev.anchorgraph.analytics";
    public static final String COMMON = "dev.anchorgraph";
    private static final List<String> COMMON_PACKAGES = List.of(
            "dev.anchorgraph.uscc..",
            "dev.anchorgraph.neo4j..",
            "dev.anchorgraph.risk..",
            "dev.anchorgraph.cli..",
            "dev.anchorgraph.contract..");

    private HouseRules() {}

    /** The module's production classes (tests and jars left out). */
    public static JavaClasses productionClasses(String root) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
    }

    /** No cycle between the feature packages directly under {@code root} (e.g. loader.load ↔ loader.invoice). */
    public static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .as("feature packages under " + root + " depend on each other without cycles");
    }

    /** Packages are features (risk, invoice, …), never layers (controller, service, dto, …). */
    public static ArchRule noLayerPackages(String root) {
        return noClasses()
                .should(ArchConditions.be(new LayerPackage(root)))
                .as("no layer packages under " + root + " ("
                        + String.join(", ", LAYER_PACKAGES.stream().sorted().toList()) + ")")
                .allowEmptyShould(true);
    }

    /** No {@code FooServiceImpl}: an interface with a single implementation is a pass-through. */
    public static ArchRule noImplClasses(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .haveSimpleNameEndingWith("Impl")
                .allowEmptyShould(true);
    }

    /** A module reaches only the modules below it; {@code below} lists their package patterns. */
    public static ArchRule dependsOnlyDownward(String root, List<String> forbidden) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden.toArray(String[]::new))
                .as(root + " depends only on the modules below it (not on " + forbidden + ")");
    }

    /**
     * Reactive end to end: no {@code block()}, {@code blockFirst()}, {@code blockLast()}, {@code blockOptional()},
     * {@code toIterable()} or {@code toStream()} on a Reactor type (each parks a thread the event loop needs).
     */
    public static ArchRule neverBlocks(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .callMethodWhere(new DescribedPredicate<>("a blocking call on a Mono or Flux") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                        var owner = call.getTargetOwner().getName();
                        return (owner.equals("reactor.core.publisher.Mono")
                                        || owner.equals("reactor.core.publisher.Flux"))
                                && BLOCKING.contains(call.getName());
                    }
                })
                .as("no class under " + root + " blocks on a Mono or Flux");
    }

    private static final Set<String> BLOCKING =
            Set.of("block", "blockFirst", "blockLast", "blockOptional", "toIterable", "toStream");

    /** graph-common depends on no other module. */
    public static ArchRule commonStandsAlone() {
        return noClasses()
                .that()
                .resideInAnyPackage(COMMON_PACKAGES.toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SERVICE + "..", LOADER + "..", GENERATOR + "..", ANALYTICS + "..")
                .as("graph-common depends on no other module");
    }

    /** A class in a package named like a layer, below the module root (the root itself may be called service). */
    private static final class LayerPackage extends DescribedPredicate<JavaClass> {
        private final String root;

        LayerPackage(String root) {
            super("resides in a layer package under " + root);
            this.root = root;
        }

        @Override
        public boolean test(JavaClass c) {
            var name = c.getPackageName();
            if (!name.startsWith(root + ".")) {
                return false;
            }
            for (var segment : name.substring(root.length() + 1).split("\\.")) {
                if (LAYER_PACKAGES.contains(segment)) {
                    return true;
                }
            }
            return false;
        }
    }
}
