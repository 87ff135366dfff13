package dev.anchorgraph.loader.arch;

import dev.anchorgraph.arch.HouseRules;
import dev.anchorgraph.arch.ModuleArchitectureTest;
import java.util.List;

/** graph-loader follows the house rules: ingest and the command line, above graph-analytics. */
class ArchitectureTest extends ModuleArchitectureTest {

    ArchitectureTest() {
        super("dev.anchorgraph.loader", List.of(HouseRules.SERVICE + "..", HouseRules.GENERATOR + ".."));
    }
}
