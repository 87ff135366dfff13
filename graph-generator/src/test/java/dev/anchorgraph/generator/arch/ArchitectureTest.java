package dev.anchorgraph.generator.arch;

import dev.anchorgraph.arch.HouseRules;
import dev.anchorgraph.arch.ModuleArchitectureTest;
import java.util.List;

/** graph-generator follows the house rules: it uses graph-common only. */
class ArchitectureTest extends ModuleArchitectureTest {

    ArchitectureTest() {
        super(
                "dev.anchorgraph.generator",
                List.of(HouseRules.LOADER + "..", HouseRules.SERVICE + "..", HouseRules.ANALYTICS + ".."));
    }
}
