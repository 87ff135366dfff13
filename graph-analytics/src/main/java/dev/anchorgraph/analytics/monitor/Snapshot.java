package dev.anchorgraph.analytics.monitor;

import dev.anchorgraph.risk.RiskTier;
import java.time.LocalDate;
import java.util.List;

/**
 * What the previous run recorded about a borrower ({@code monitor*} properties on its {@code Company} node): the
 * baseline the next run is compared with.
 *
 * @param cases the case numbers the firm was a party to
 * @param fraud the fraud patterns flagged on it
 */
record Snapshot(
        String run,
        LocalDate asOf,
        RiskTier tier,
        long score,
        List<String> stableBuyers,
        List<String> cases,
        List<String> fraud) {}
