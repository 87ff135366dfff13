package dev.anchorgraph.generator;

import java.util.List;

/**
 * The industries along one kind of supply chain, from raw materials (tier-2 suppliers) through the anchor to the shops
 * (tier-2 distributors). Each list holds GB/T 4754-2017 class codes.
 */
record ChainTemplate(
        String name,
        List<String> anchors,
        List<String> suppliers1,
        List<String> suppliers2,
        List<String> distributors1,
        List<String> distributors2) {

    List<String> industries(Role role) {
        return switch (role) {
            case ANCHOR -> anchors;
            case SUPPLIER_1 -> suppliers1;
            case SUPPLIER_2 -> suppliers2;
            case DISTRIBUTOR_1 -> distributors1;
            case DISTRIBUTOR_2 -> distributors2;
            case LOGISTICS -> ChainTemplates.LOGISTICS;
            case SHELL -> ChainTemplates.SHELL;
        };
    }
}
