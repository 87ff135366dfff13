package dev.anchorgraph.service.control;

import java.util.List;

/**
 * Who owns and controls a firm, through every layer (股权穿透, 实际控制人, 受益所有人), computed on request from the
 * shareholdings in the graph with the score step's own rules (docs/adr/0014-ownership-and-control.md).
 *
 * @param status          {@code controlled}, {@code tie}, {@code no_controller}, {@code unknown_stakes},
 *                        {@code no_holders}
 * @param basis           for {@code controlled}: {@code majority}, {@code control_chain} or {@code relative}
 * @param controllerStake the controller's known cumulative stake, 0–1 (the largest top holder's for the others)
 * @param chain           the control chain from the firm up, as far as it went
 * @param holders         every holder above the firm with its cumulative stake, largest first
 * @param truncated       the penetration stopped at its path budget (10,000 paths): stakes may be understated
 * @param holdingsRead    shareholdings read above the firm; {@code holdingsLeftOut} past the read bound (then
 *                        {@code truncated} too)
 * @param groupId         the group the last score run put the firm in (null when none); {@code groupSize} members
 */
record ControlView(
        String uscc,
        String name,
        String status,
        String basis,
        PartyView controller,
        Double controllerStake,
        List<PartyView> chain,
        List<Holder> holders,
        boolean truncated,
        BeneficialOwnersView beneficialOwners,
        String groupId,
        Integer groupSize,
        int holdingsRead,
        boolean holdingsLeftOut) {

    /** @param kind {@code person}, {@code company} or {@code organisation}; a person's key is its pseudonymous id */
    record PartyView(String kind, String key, String name) {}

    /**
     * @param stake   cumulative stake over the paths whose stakes are all known (0–1)
     * @param unknown some path to it has a stake the register does not give: the true stake may be higher
     * @param top     it has no holder above it (or the depth bound was reached)
     * @param hops    its shortest path's length
     * @param paths   the paths behind the stake, holder first (at most {@value ControlController#PATHS} shown);
     *                {@code pathsLeftOut} counts the rest
     */
    record Holder(
            PartyView party,
            double stake,
            boolean unknown,
            boolean top,
            int hops,
            List<PathView> paths,
            int pathsLeftOut) {}

    /** @param stakes {@code stakes[i]} is {@code parties[i]}'s holding in {@code parties[i + 1]}; null when unknown */
    record PathView(List<PartyView> parties, List<Double> stakes, Double product) {}

    /**
     * @param basis      {@code shareholding} (people with ≥ 25 %), {@code control} (the person who controls),
     *                   {@code senior_manager} (else), {@code none}
     * @param incomplete an unknown stake or a cut-short penetration could add owners
     */
    record BeneficialOwnersView(String basis, List<Owner> owners, boolean incomplete) {}

    /** @param stake null for a senior manager; @param role the officer's role for a senior manager */
    record Owner(PartyView person, Double stake, String role) {}
}
