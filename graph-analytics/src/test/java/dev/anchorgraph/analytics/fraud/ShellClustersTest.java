package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.contract.Severity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellClustersTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    static ShellClusters.LinkGroup group(String kind, String via, String... firms) {
        return new ShellClusters.LinkGroup(kind, via, null, firms.length, List.of(firms));
    }

    static ShellClusters.Member member(String uscc, LocalDate founded, Double capital, Object... salesTo) {
        var to = new HashMap<String, Double>();
        double total = 0;
        for (int i = 0; i < salesTo.length; i += 2) {
            to.put((String) salesTo[i], (Double) salesTo[i + 1]);
            total += (Double) salesTo[i + 1];
        }
        return new ShellClusters.Member(uscc, founded, capital, total, to);
    }

    @Test
    void groupsSharingAFirmAreJoinedIntoOneComponent() {
        // A, B share a representative; B, C an address; D, E a shareholder: {A, B, C} and {D, E} (too small)
        var shells = new ShellClusters(
                List.of(
                        group("legal_representative", "P1", "A", "B"),
                        group("address", "某路1号", "B", "C"),
                        group("shareholder", "P2", "D", "E")),
                AS_OF);
        assertThat(shells.components()).containsExactly(List.of("A", "B", "C"));
    }

    @Test
    void aGroupOverTheCapJoinsNothingAndIsCounted() {
        var shells =
                new ShellClusters(List.of(group("address", "注册代理地址", "A", "B", "C", "D")), AS_OF, 3, 3, 0.5, 0.8, 0.25);
        assertThat(shells.components()).isEmpty();
        assertThat(shells.oversized()).isEqualTo(1);
    }

    @Test
    void youngFirmsTradingAmongThemselvesFormAClusterAsWorkedOutByHand() {
        // A -> B 400, B -> C 400, C -> X 200 (outside): core A, B, C; internal 800 of 1,000 = 0.8 -> high.
        // All founded 2026-03-31 (3 months, 91 days ≈ 2.99 months): annualised ≈ 1,000 · 12 / 2.99; capital 3 × 1,000
        var founded = LocalDate.of(2026, 3, 31);
        var shells = new ShellClusters(List.of(group("legal_representative", "P1", "A", "B", "C", "D")), AS_OF);
        Map<String, ShellClusters.Member> trade = Map.of(
                "A",
                member("A", founded, 1_000.0, "B", 400.0),
                "B",
                member("B", founded, 1_000.0, "C", 400.0),
                "C",
                member("C", founded, 1_000.0, "X", 200.0),
                "D",
                member("D", founded, 1_000.0));
        var c = shells.assess(shells.components().getFirst(), trade).getFirst();
        assertThat(c.members()).containsExactly("A", "B", "C");
        assertThat(c.key()).isEqualTo("shell/A");
        assertThat(c.internalShare()).isCloseTo(0.8, within(1e-9));
        assertThat(c.salesToCapital()).isCloseTo(1_000 * 12 / (91 / 30.4375) / 3_000, within(1e-9));
        assertThat(c.severity()).isEqualTo(Severity.HIGH);
        assertThat(c.links()).containsExactly(group("legal_representative", "P1", "A", "B", "C"));
    }

    @Test
    void twoTradingGroupsLinkedOnlyThroughABystanderAreTwoClusters() {
        // A, B, C trade in a line and D, E, F too; Z, trading with nobody, shares a shareholder with A and one with D
        var founded = LocalDate.of(2026, 1, 1);
        var shells = new ShellClusters(
                List.of(
                        group("legal_representative", "P1", "A", "B", "C"),
                        group("legal_representative", "P2", "D", "E", "F"),
                        group("shareholder", "P3", "A", "Z"),
                        group("shareholder", "P4", "D", "Z")),
                AS_OF);
        Map<String, ShellClusters.Member> trade = Map.of(
                "A",
                member("A", founded, 1e6, "B", 1e6),
                "B",
                member("B", founded, 1e6, "C", 1e6),
                "C",
                member("C", founded, 1e6),
                "D",
                member("D", founded, 1e6, "E", 1e6),
                "E",
                member("E", founded, 1e6, "F", 1e6),
                "F",
                member("F", founded, 1e6),
                "Z",
                member("Z", founded, 1e6));
        assertThat(shells.components()).hasSize(1);
        assertThat(shells.assess(shells.components().getFirst(), trade))
                .extracting(ShellClusters.Cluster::members)
                .containsExactly(List.of("A", "B", "C"), List.of("D", "E", "F"));
    }

    @Test
    void firmsSharingARepresentativeWithoutTradingTogetherAreNoCluster() {
        var shells = new ShellClusters(List.of(group("legal_representative", "P1", "A", "B", "C")), AS_OF);
        var founded = LocalDate.of(2026, 1, 1);
        Map<String, ShellClusters.Member> trade = Map.of(
                "A",
                member("A", founded, 1e6, "X", 5e6),
                "B",
                member("B", founded, 1e6, "Y", 5e6),
                "C",
                member("C", founded, 1e6, "Z", 5e6));
        assertThat(shells.assess(shells.components().getFirst(), trade)).isEmpty();
    }

    @Test
    void tradeSmallAgainstCapitalIsNoCluster() {
        // internal share 1.0, but 3,000 a year against 3,000,000 of capital
        var founded = LocalDate.of(2024, 1, 1);
        var shells = new ShellClusters(List.of(group("address", "某路1号", "A", "B", "C")), AS_OF);
        Map<String, ShellClusters.Member> trade = Map.of(
                "A",
                member("A", founded, 1e6, "B", 1_000.0),
                "B",
                member("B", founded, 1e6, "C", 1_000.0),
                "C",
                member("C", founded, 1e6, "A", 1_000.0));
        assertThat(shells.assess(shells.components().getFirst(), trade)).isEmpty();
    }

    @Test
    void membersWithoutKnownTradeCountAsNotTrading() {
        var shells = new ShellClusters(List.of(group("address", "某路1号", "A", "B", "C")), AS_OF);
        assertThat(shells.assess(shells.components().getFirst(), Map.of())).isEmpty();
        assertThat(new ShellClusters(List.of(), AS_OF).components()).isEmpty();
    }
}
