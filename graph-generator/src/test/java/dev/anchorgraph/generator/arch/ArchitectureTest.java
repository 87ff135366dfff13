package dev.anchorgraph.generator.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.anchorgraph.arch.HouseRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** graph-generator follows the house rules (docs/architecture.md): it uses graph-common only. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheModule() {
        classes = HouseRules.productionClasses("dev.anchorgraph.generator");
    }

    @Test
    void itDependsOnlyOnTheModulesBelowIt() {
        HouseRules.dependsOnlyDownward(
                        "dev.anchorgraph.generator",
                        List.of(HouseRules.LOADER + "..", HouseRules.SERVICE + "..", HouseRules.ANALYTICS + ".."))
                .check(classes);
    }

    @Test
    void itsFeaturePackagesHaveNoCycles() {
        HouseRules.noPackageCycles("dev.anchorgraph.generator").check(classes);
    }

    @Test
    void itHasNoLayerPackagesAndNoImplClasses() {
        HouseRules.noLayerPackages("dev.anchorgraph.generator").check(classes);
        HouseRules.noImplClasses("dev.anchorgraph.generator").check(classes);
    }
}
