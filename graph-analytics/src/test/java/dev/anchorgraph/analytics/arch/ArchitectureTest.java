package dev.anchorgraph.analytics.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.anchorgraph.arch.HouseRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** graph-analytics follows the house rules (docs/architecture.md): below graph-loader and graph-service, above graph-common. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheModule() {
        classes = HouseRules.productionClasses("dev.anchorgraph.analytics");
    }

    @Test
    void itDependsOnlyOnTheModulesBelowIt() {
        HouseRules.dependsOnlyDownward(
                        "dev.anchorgraph.analytics",
                        List.of(HouseRules.LOADER + "..", HouseRules.SERVICE + "..", HouseRules.GENERATOR + ".."))
                .check(classes);
    }

    @Test
    void itsFeaturePackagesHaveNoCycles() {
        HouseRules.noPackageCycles("dev.anchorgraph.analytics").check(classes);
    }

    @Test
    void itHasNoLayerPackagesAndNoImplClasses() {
        HouseRules.noLayerPackages("dev.anchorgraph.analytics").check(classes);
        HouseRules.noImplClasses("dev.anchorgraph.analytics").check(classes);
    }
}
