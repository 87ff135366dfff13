package dev.anchorgraph.service.fraud;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The answers of the fraud routes. */
final class FraudViews {

    private FraudViews() {}

    /** A pattern flagged on a firm: {@code evidence} holds the figures a reviewer checks it against. */
    record Flag(String pattern, String severity, String detail, Map<String, Object> evidence, LocalDate asOf) {}

    record Member(String uscc, String name, String tier) {}

    /** A circular-trading ring: member {@code i} sells to member {@code i + 1}, the last to the first. */
    record Ring(String key, List<Member> members, List<Double> amounts, List<String> months, LocalDate asOf) {}

    /**
     * A shell cluster: young firms joined by {@code links} (shared legal representative, shareholder or address) that
     * trade mostly with each other; {@code internalShare} of their 12-month sales stays inside the cluster.
     */
    record Cluster(
            String key,
            List<Member> members,
            List<String> links,
            Double internalShare,
            Double salesToCapital,
            String severity,
            Map<String, Object> evidence,
            LocalDate asOf) {}

    record CompanyFraud(
            String uscc, String name, String tier, List<Flag> flags, List<Ring> rings, List<Cluster> clusters) {}

    record ClusterPage(List<Cluster> clusters, String nextCursor) {}

    record RingPage(List<Ring> rings, String nextCursor) {}

    /** A flag with its firm, for listings across firms. */
    record FlaggedFirm(String uscc, String name, String tier, Flag flag) {}

    record FlagPage(List<FlaggedFirm> flags, String nextCursor) {}
}
