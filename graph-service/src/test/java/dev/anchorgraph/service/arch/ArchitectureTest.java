package dev.anchorgraph.service.arch;

import dev.anchorgraph.arch.HouseRules;
import dev.anchorgraph.arch.ModuleArchitectureTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** graph-service follows the house rules: serving, on graph-common only, reactive end to end. */
class ArchitectureTest extends ModuleArchitectureTest {

    ArchitectureTest() {
        super(
                "dev.anchorgraph.service",
                List.of(HouseRules.LOADER + "..", HouseRules.ANALYTICS + "..", HouseRules.GENERATOR + ".."));
    }

    @Test
    void nothingBlocksOnAReactiveType() {
        HouseRules.neverBlocks("dev.anchorgraph.service").check(classes());
    }
}
