package dev.anchorgraph.analytics.arch;

import dev.anchorgraph.arch.HouseRules;
import dev.anchorgraph.arch.ModuleArchitectureTest;
import java.util.List;

/** graph-analytics follows the house rules: below graph-loader and graph-service, above graph-common. */
class ArchitectureTest extends ModuleArchitectureTest {

    ArchitectureTest() {
        super(
                "dev.anchorgraph.analytics",
                List.of(HouseRules.LOADER + "..", HouseRules.SERVICE + "..", HouseRules.GENERATOR + ".."));
    }
}
