package dev.anchorgraph.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** graph-common follows the house rules and stands alone (docs/architecture.md). */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheModule() {
        classes = HouseRules.productionClasses("dev.anchorgraph");
    }

    @Test
    void graphCommonDependsOnNoOtherModule() {
        HouseRules.commonStandsAlone().check(classes);
    }

    @Test
    void itsPackagesHaveNoCycles() {
        HouseRules.noPackageCycles("dev.anchorgraph").check(classes);
    }

    @Test
    void itHasNoLayerPackagesAndNoImplClasses() {
        HouseRules.noLayerPackages("dev.anchorgraph").check(classes);
        HouseRules.noImplClasses("dev.anchorgraph").check(classes);
    }
}
