package dev.anchorgraph.analytics.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.contract.AlertType;
import dev.anchorgraph.contract.Severity;
import dev.anchorgraph.risk.RiskTier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private static final LocalDate END_OF_AUGUST = LocalDate.of(2026, 8, 31);
    private final AlertRules rules = new AlertRules(MonitorRules.DEFAULTS, END_OF_AUGUST);

    private static double[] sales(double... newestFirst) {
        return Arrays.copyOf(newestFirst, 24);
    }

    private static BorrowerState state(
            String tier,
            double[] sales,
            Map<String, LocalDate> lastOn,
            List<BorrowerState.CaseRef> cases,
            List<BorrowerState.FraudRef> fraud) {
        return new BorrowerState(
                "M",
                RiskTier.parse(tier),
                tier.equals("D") ? 420 : 610,
                sales,
                lastOn,
                List.of(),
                cases,
                fraud,
                List.of());
    }

    private static Snapshot previous(String tier, List<String> stableBuyers, List<String> cases, List<String> fraud) {
        return new Snapshot("run-1", LocalDate.of(2026, 5, 31), RiskTier.parse(tier), 610, stableBuyers, cases, fraud);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMonthFarBelowItsTrailingAverageIsASalesDropOfHighSeverityWhenOverEightyPercent() {
        // as of the last day of August, August is complete: 30,000 against (6 x 400,000) / 6 = 400,000, a 92.5 % drop
        var alerts = rules.compare(
                null,
                state(
                        "B",
                        sales(30_000, 400_000, 400_000, 400_000, 400_000, 400_000, 400_000),
                        Map.of(),
                        List.of(),
                        List.of()));
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("M/sales_drop/2026-08");
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.evidence()).containsEntry("trailingAverage", 400_000.0).containsEntry("drop", 0.925);
            assertThat(a.messageEn())
                    .isEqualTo(
                            "Sales in 2026-08 were 93% below the 6-month average (30,000 yuan against 400,000 a month)");
            assertThat(a.messageZh()).isEqualTo("2026-08销售额较前6个月均值下降93%（30,000元，均值每月400,000元）");
            assertThat(a.evidence()).containsEntry("irregular", false);
            assertThat((List<Object>) a.evidence().get("history")).hasSize(12).endsWith(400_000.0, 30_000.0);
        });
    }

    @Test
    void halfwayThroughAMonthTheMonthBeforeIsCompared() {
        var midMonth = new AlertRules(MonitorRules.DEFAULTS, LocalDate.of(2026, 8, 15));
        // August (partial) is nearly empty, July is 60 % down on Jan–Jun: medium, keyed by July
        var alerts = midMonth.compare(
                null,
                state(
                        "B",
                        sales(1_000, 160_000, 400_000, 400_000, 400_000, 400_000, 400_000, 400_000),
                        Map.of(),
                        List.of(),
                        List.of()));
        assertThat(alerts)
                .extracting(NewAlert::key, NewAlert::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("M/sales_drop/2026-07", Severity.MEDIUM));
    }

    @Test
    void aDropOfExactlyTheThresholdOrOnASmallBaseRaisesNothing() {
        assertThat(rules.compare(
                        null,
                        state(
                                "B",
                                sales(200_000, 400_000, 400_000, 400_000, 400_000, 400_000, 400_000),
                                Map.of(),
                                List.of(),
                                List.of())))
                .isEmpty();
        assertThat(rules.compare(
                        null,
                        state(
                                "B",
                                sales(0, 40_000, 40_000, 40_000, 40_000, 40_000, 40_000),
                                Map.of(),
                                List.of(),
                                List.of())))
                .isEmpty();
    }

    @Test
    void onAFirstRunOnlyConditionsRaiseAlertsNotChanges() {
        var now = state(
                "D",
                sales(),
                Map.of("L1", LocalDate.of(2026, 1, 1)),
                List.of(new BorrowerState.CaseRef(
                        "(2026)京01执1号", "dishonest_debtor", "enforced_party", LocalDate.of(2026, 7, 1))),
                List.of(new BorrowerState.FraudRef("circular_trading", "high", "ring of 3")));
        assertThat(rules.compare(null, now)).isEmpty();
    }

    @Test
    void aPreviouslyStableBuyerSilentForMoreThanSixtyDaysIsReportedOncePerSilence() {
        var now = state(
                "B",
                sales(),
                Map.of("L1", LocalDate.of(2026, 5, 20), "L2", LocalDate.of(2026, 7, 10)),
                List.of(),
                List.of());
        var alerts = rules.compare(previous("B", List.of("L1", "L2", "L9"), List.of(), List.of()), now);
        // L1: 103 days; L2: 52 days; L9 bought nothing at all from the firm any more (no relationship): not guessed at
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("M/stable_buyer_silent/L1/2026-05-20");
            assertThat(a.evidence()).containsEntry("daysSilent", 103L);
            assertThat(a.messageEn()).isEqualTo("Stable large buyer L1 has not been invoiced for 103 days");
        });
    }

    @Test
    void casesAgainstTheFirmUnknownToThePreviousRunAreNewByKind() {
        var cases = List.of(
                new BorrowerState.CaseRef("K1", "civil", "defendant", LocalDate.of(2026, 6, 1)),
                new BorrowerState.CaseRef("K2", "civil", "plaintiff", LocalDate.of(2026, 6, 2)),
                new BorrowerState.CaseRef("K3", "enforcement", "enforced_party", LocalDate.of(2026, 6, 3)),
                new BorrowerState.CaseRef("K4", "dishonest_debtor", "enforced_party", LocalDate.of(2026, 6, 4)),
                new BorrowerState.CaseRef("K0", "dishonest_debtor", "enforced_party", LocalDate.of(2025, 6, 4)));
        var alerts = rules.compare(
                previous("B", List.of(), List.of("K0"), List.of()), state("B", sales(), Map.of(), cases, List.of()));
        assertThat(alerts)
                .extracting(NewAlert::key, NewAlert::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("M/new_litigation/K1", Severity.MEDIUM),
                        org.assertj.core.groups.Tuple.tuple("M/new_enforcement/K3", Severity.HIGH),
                        org.assertj.core.groups.Tuple.tuple("M/new_dishonest_debtor/K4", Severity.HIGH));
    }

    @Test
    void aWorseTierIsADowngradeAndABetterOneIsNot() {
        assertThat(rules.compare(
                        previous("B", List.of(), List.of(), List.of()),
                        state("D", sales(), Map.of(), List.of(), List.of())))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.key()).isEqualTo("M/tier_downgrade/B>D/2026-08-31");
                    assertThat(a.severity()).isEqualTo(Severity.HIGH);
                    assertThat(a.messageEn()).isEqualTo("Risk tier down from B to D (score 610 → 420)");
                });
        assertThat(rules.compare(
                        previous("C", List.of(), List.of(), List.of()),
                        state("B", sales(), Map.of(), List.of(), List.of())))
                .isEmpty();
    }

    @Test
    void aFirmBecomingInsufficientDataIsNoDowngrade() {
        var thin = new BorrowerState("M", null, null, sales(), Map.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(rules.compare(previous("A", List.of(), List.of(), List.of()), thin))
                .noneMatch(a -> a.type() == AlertType.TIER_DOWNGRADE);
    }

    @Test
    void onlyFraudPatternsThePreviousRunDidNotFlagAreNew() {
        var fraud = List.of(
                new BorrowerState.FraudRef("sales_surge", "medium", "x4"),
                new BorrowerState.FraudRef("circular_trading", "high", "ring of 3"));
        assertThat(rules.compare(
                        previous("B", List.of(), List.of(), List.of("sales_surge")),
                        state("B", sales(), Map.of(), List.of(), fraud)))
                .extracting(NewAlert::key, NewAlert::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "M/new_fraud_pattern/circular_trading/2026-08-31", Severity.HIGH));
    }

    @Test
    void aNewFraudPatternAlertKeepsTheFlagsSeverityLowIncluded() {
        var fraud = List.of(
                new BorrowerState.FraudRef("benford", "low", "MAD 0.081"),
                new BorrowerState.FraudRef("related_party_trade", "medium", "62% of sales"),
                new BorrowerState.FraudRef("implausible_goods", "high", "钢材 at 55% of sales"));
        assertThat(rules.compare(
                        previous("B", List.of(), List.of(), List.of()),
                        state("B", sales(), Map.of(), List.of(), fraud)))
                .extracting(NewAlert::key, NewAlert::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("M/new_fraud_pattern/benford/2026-08-31", Severity.LOW),
                        org.assertj.core.groups.Tuple.tuple(
                                "M/new_fraud_pattern/related_party_trade/2026-08-31", Severity.MEDIUM),
                        org.assertj.core.groups.Tuple.tuple(
                                "M/new_fraud_pattern/implausible_goods/2026-08-31", Severity.HIGH));
    }

    @Test
    void aBorrowerWithNoTradeAndNoHistoryRaisesNothing() {
        assertThat(rules.compare(
                        previous("B", List.of(), List.of(), List.of()),
                        state("B", sales(), Map.of(), List.of(), List.of())))
                .isEmpty();
    }

    @Test
    void oneEmptyMonthOfAFirmThatInvoicesIrregularlyIsItsRhythmNotADrop() {
        // a contractor billing every other month: August empty, trailing average 300,000, but empty months are usual
        var alerts = rules.compare(
                null,
                state(
                        "B",
                        sales(0, 600_000, 0, 600_000, 0, 600_000, 0, 600_000, 0, 600_000, 0, 600_000, 0),
                        Map.of(),
                        List.of(),
                        List.of()));
        assertThat(alerts).isEmpty();
    }

    @Test
    void anIrregularInvoicerWithTwoLowMonthsInARowHasASalesDrop() {
        // empty months in its rhythm, but August and July both far below the average of the six months before August
        var alerts = rules.compare(
                null,
                state(
                        "B",
                        sales(0, 20_000, 0, 900_000, 0, 900_000, 0, 900_000, 0, 900_000, 0, 900_000, 0),
                        Map.of(),
                        List.of(),
                        List.of()));
        assertThat(alerts)
                .singleElement()
                .satisfies(a -> assertThat(a.evidence())
                        .containsEntry("irregular", true)
                        .containsEntry("sales", 0.0));
    }

    @Test
    void aRegularInvoicerWithOneEmptyMonthHasASalesDrop() {
        var alerts = rules.compare(
                null,
                state(
                        "B",
                        sales(0, 400_000, 400_000, 400_000, 400_000, 400_000, 400_000, 400_000, 400_000),
                        Map.of(),
                        List.of(),
                        List.of()));
        assertThat(alerts)
                .singleElement()
                .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.HIGH));
    }

    @Test
    void netSalesBelowZeroAreADropOfOneHundredPercentWithTheAmountSaid() {
        // reversals of earlier invoices exceed the month's new sales
        var alerts = rules.compare(
                null,
                state(
                        "B",
                        sales(-156_000, 400_000, 400_000, 400_000, 400_000, 400_000, 400_000),
                        Map.of(),
                        List.of(),
                        List.of()));
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.messageEn())
                    .startsWith("Sales in 2026-08 were 100% below")
                    .contains("(-156,000 yuan against");
            assertThat(a.evidence()).containsEntry("drop", 1.39);
        });
    }

    @Test
    void anImportantBuyerInDistressRaisesCounterpartyDistressOnTheFirstRunAndASmallOneDoesNot() {
        var since = LocalDate.of(2026, 8, 3);
        var now = new BorrowerState(
                "M",
                RiskTier.B,
                600,
                sales(100_000, 100_000),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        new BorrowerState.Distressed("A", "核心集团", "sales", 0.38, List.of("dishonest_debtor"), since),
                        new BorrowerState.Distressed("S", "小供应商", "purchases", 0.19, List.of("enforcement"), since)));

        var alerts = rules.compare(null, now);

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("M/counterparty_distress/A/2026-08-03");
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.messageEn())
                    .isEqualTo("38% of sales tied to 核心集团, in distress since 2026-08-03: dishonest debtor");
            assertThat(a.messageZh()).isEqualTo("销售占比38%的交易对手核心集团陷入困境（自2026-08-03起）：失信被执行人");
            assertThat(a.evidence()).containsEntry("share", 0.38).containsEntry("side", "sales");
        });
    }

    @Test
    void aSupplierWhosePurchasesCollapsedIsMediumUnlessItCarriesHalfTheTrade() {
        var since = LocalDate.of(2026, 3, 1);
        var now = new BorrowerState(
                "M",
                RiskTier.B,
                600,
                sales(100_000),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        new BorrowerState.Distressed("B1", "买家一", "sales", 0.3, List.of("purchases_collapse"), since),
                        new BorrowerState.Distressed("B2", "买家二", "sales", 0.5, List.of("purchases_collapse"), since)));

        var alerts = rules.compare(null, now);

        assertThat(alerts).extracting(NewAlert::severity).containsExactly(Severity.MEDIUM, Severity.HIGH);
    }
}
