package dev.anchorgraph.service.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.anchorgraph.arch.HouseRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** graph-service follows the house rules (docs/architecture.md): serving, on graph-common only, reactive end to end. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheModule() {
        classes = HouseRules.productionClasses("dev.anchorgraph.service");
    }

    @Test
    void itDependsOnlyOnTheModulesBelowIt() {
        HouseRules.dependsOnlyDownward(
                        "dev.anchorgraph.service",
                        List.of(HouseRules.LOADER + "..", HouseRules.ANALYTICS + "..", HouseRules.GENERATOR + ".."))
                .check(classes);
    }

    @Test
    void itsFeaturePackagesHaveNoCycles() {
        HouseRules.noPackageCycles("dev.anchorgraph.service").check(classes);
    }

    @Test
    void itHasNoLayerPackagesAndNoImplClasses() {
        HouseRules.noLayerPackages("dev.anchorgraph.service").check(classes);
        HouseRules.noImplClasses("dev.anchorgraph.service").check(classes);
    }

    @Test
    void nothingBlocksOnAReactiveType() {
        HouseRules.neverBlocks("dev.anchorgraph.service").check(classes);
    }
}
