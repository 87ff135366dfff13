package dev.anchorgraph.loader.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.anchorgraph.arch.HouseRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** graph-loader follows the house rules (docs/architecture.md): ingest and the command line, above graph-analytics. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheModule() {
        classes = HouseRules.productionClasses("dev.anchorgraph.loader");
    }

    @Test
    void itDependsOnlyOnTheModulesBelowIt() {
        HouseRules.dependsOnlyDownward(
                        "dev.anchorgraph.loader", List.of(HouseRules.SERVICE + "..", HouseRules.GENERATOR + ".."))
                .check(classes);
    }

    @Test
    void itsFeaturePackagesHaveNoCycles() {
        HouseRules.noPackageCycles("dev.anchorgraph.loader").check(classes);
    }

    @Test
    void itHasNoLayerPackagesAndNoImplClasses() {
        HouseRules.noLayerPackages("dev.anchorgraph.loader").check(classes);
        HouseRules.noImplClasses("dev.anchorgraph.loader").check(classes);
    }
}
