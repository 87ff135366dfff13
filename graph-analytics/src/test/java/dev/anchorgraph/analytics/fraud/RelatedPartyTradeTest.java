package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.contract.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedPartyTradeTest {

    static final List<RelatedPartyTrade.Link> PARENT =
            List.of(new RelatedPartyTrade.Link(RelatedPartyTrade.Link.HELD_BY, "P", "母公司"));

    static RelatedPartyTrade.Pair sale(String partner, double amount, List<RelatedPartyTrade.Link> links) {
        return new RelatedPartyTrade.Pair(partner, partner, true, amount, links);
    }

    @Test
    void salesToTheParentAreMeasuredAgainstAllSales() {
        // 600,000 of 1,000,000 sold to the parent; 50,000 of 400,000 bought from a sister firm
        var sister = List.of(new RelatedPartyTrade.Link(RelatedPartyTrade.Link.COMMON_SHAREHOLDER, "P", "母公司"));
        var firm = new RelatedPartyTrade.Firm(
                "F",
                1_000_000,
                400_000,
                List.of(sale("P", 600_000, PARENT), new RelatedPartyTrade.Pair("S", "S", false, 50_000, sister)));
        var rule = new RelatedPartyTrade();
        var f = rule.assess(firm).orElseThrow();
        assertThat(f.salesShare()).isCloseTo(0.6, within(1e-9));
        assertThat(f.purchasesShare()).isCloseTo(0.125, within(1e-9));
        assertThat(f.share()).isCloseTo(0.6, within(1e-9));
        assertThat(rule.severity(f)).isEqualTo(Severity.MEDIUM);
        assertThat(f.pairs()).extracting(RelatedPartyTrade.Pair::partner).containsExactly("P", "S");
    }

    @Test
    void aSmallShareIsLowSeverityAndBelowTheMinimumShareNothing() {
        var rule = new RelatedPartyTrade();
        var low = rule.assess(new RelatedPartyTrade.Firm("F", 1_000_000, 0, List.of(sale("P", 150_000, PARENT))))
                .orElseThrow();
        assertThat(rule.severity(low)).isEqualTo(Severity.LOW);
        assertThat(rule.assess(new RelatedPartyTrade.Firm("F", 1_000_000, 0, List.of(sale("P", 90_000, PARENT)))))
                .isEmpty();
    }

    @Test
    void smallAmountsAreNotAPatternWhateverTheShare() {
        assertThat(new RelatedPartyTrade()
                        .assess(new RelatedPartyTrade.Firm("F", 40_000, 0, List.of(sale("P", 40_000, PARENT)))))
                .isEmpty();
    }

    @Test
    void aFirmWithoutRelatedTradeIsNotFlagged() {
        assertThat(new RelatedPartyTrade().assess(new RelatedPartyTrade.Firm("F", 0, 0, List.of())))
                .isEmpty();
        assertThat(new RelatedPartyTrade()
                        .assess(new RelatedPartyTrade.Firm("F", 500_000, 0, List.of(sale("B", 500_000, List.of())))))
                .isEmpty();
    }
}
