package dev.anchorgraph.service.prospect;

import dev.anchorgraph.service.risk.Reason;
import java.util.List;

/**
 * A firm in an anchor's supply chain, as a lending prospect.
 *
 * @param industryCode  GB/T 4754 class code, and {@code industryName} its name (null when not classified)
 * @param region        6-digit administrative division code (from the USCC)
 * @param annualSales   the firm's net sales over the last 12 months, CNY excluding tax (the score step's feature)
 * @param anchorTrade   net trade with this anchor over the 12 months ending with the firm's as-of month, both
 *                      directions, CNY excluding tax; 0 for a firm with no direct trade (2 or 3 hops); null unscored
 * @param hops          trade hops to the anchor along its strongest chain
 * @param direction     {@code upstream} (a supplier) or {@code downstream} (a distributor)
 * @param chain         that chain, from the firm to the anchor
 * @param chainStrength product of the hop shares along it (0–1)
 * @param score         risk score; null when the score step has not scored the firm
 * @param pd            probability of default (0–1) from the scoring model's calibration; null when the model has
 *                      none (scorecard-v3 as shipped) or the firm has no score (docs/model-fitting.md, PD)
 * @param status        {@code scored}, {@code insufficient_data} (too little trade evidence: score and tier null,
 *                      the reasons say what is missing), or null when the score step has not reached the firm
 * @param monthsTrading months with invoices in the last 12
 * @param topReasons    the three reasons that moved the score most (largest |points|)
 * @param suggestedLimit how much to lend by the model's limit policy, in its currency (CNY in scorecard-v3); null
 *                      when the model has no policy or the firm is unscored; {@code suggestedLimitCurrency} its currency (null
 *                      when the model file is unknown to this service); {@code suggestedLimitBasis} the rule
 *                      that bound it (docs/risk-model.md, Suggested limit)
 * @param groupId       the group of firms under the same actual controller (docs/ownership.md); null when none
 * @param groupExposure what the bank has lent to that group in all, CNY; null when no member borrows
 */
record ProspectRow(
        String uscc,
        String name,
        String scale,
        String industryCode,
        String industryName,
        String region,
        Double annualSales,
        Double anchorTrade,
        int hops,
        String direction,
        List<Link> chain,
        double chainStrength,
        Integer score,
        Double pd,
        String tier,
        String status,
        Integer stableLargeBuyers,
        Integer monthsTrading,
        List<Reason> topReasons,
        Long suggestedLimit,
        String suggestedLimitCurrency,
        String suggestedLimitBasis,
        String groupId,
        Double groupExposure) {

    /**
     * @param share the share of this firm's sales going to the next firm (upstream), or of its purchases coming
     *              from it (downstream); null for the anchor, the chain's last link
     */
    record Link(String uscc, String name, Double share) {}
}
