package dev.anchorgraph.control;

import static dev.anchorgraph.control.ControlFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.control.EquityPenetration.Direction;
import dev.anchorgraph.control.OwnershipGraph.Kind;
import dev.anchorgraph.control.OwnershipGraph.Party;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EquityPenetrationTest {

    static EquityPenetration.Stake stakeOf(EquityPenetration.Result r, Party p) {
        return r.stakes().stream()
                .filter(s -> s.party().equals(p))
                .findFirst()
                .orElseThrow(() -> new AssertionError(p + " not reached"));
    }

    static EquityPenetration.Result up(OwnershipGraph g, Party firm) {
        return new EquityPenetration(g, Direction.UP).of(Kind.COMPANY, firm.key());
    }

    @Test
    void anEmptyGraphAndAnUnknownFirmHaveNoHolders() {
        var empty = new EquityPenetration(OwnershipGraph.of(List.of()), Direction.UP).of(Kind.COMPANY, "X");
        assertThat(empty.stakes()).isEmpty();
        assertThat(empty.truncated()).isFalse();
        assertThat(up(graph(), company("91000000000000000X", null)).stakes()).isEmpty();
    }

    @Test
    void stakesMultiplyAlongAPathAndAddUpOverPaths() {
        var x = person("X", "x");
        var a = company("A", "a");
        var b = company("B", "b");
        var f = company("F", "f");
        // X holds 60 % of A and 50 % of B; A holds 30 % and B 40 % of F: 0.6 × 0.3 + 0.5 × 0.4 = 0.38
        var r = up(graph(x, a, 0.6, x, b, 0.5, a, f, 0.3, b, f, 0.4), f);
        var sx = stakeOf(r, x);
        assertThat(sx.known()).isCloseTo(0.38, within(1e-12));
        assertThat(sx.unknown()).isFalse();
        assertThat(sx.top()).isTrue();
        assertThat(sx.hops()).isEqualTo(2);
        assertThat(sx.paths()).hasSize(2);
        assertThat(sx.paths().getFirst().parties()).containsExactly(x, a, f);
        assertThat(sx.paths().getFirst().stakes()).containsExactly(0.6, 0.3);
        assertThat(stakeOf(r, a).top()).isFalse();
        assertThat(r.stakes()).extracting(EquityPenetration.Stake::party).containsExactly(b, x, a);
    }

    @Test
    void theOverseasParentHoldsFiftyTwoPercentOfTheOperatorThroughTheInvestmentArm() {
        var r = up(graph(), OP3);
        assertThat(stakeOf(r, KY).known()).isCloseTo(0.625 * 0.4476, within(1e-12));
        assertThat(stakeOf(r, HK).known()).isCloseTo(0.5524, within(1e-12));
        assertThat(stakeOf(r, CHEN).known()).isCloseTo(0.05 * 0.4476, within(1e-12));
        assertThat(r.tops()).extracting(EquityPenetration.Stake::party).containsExactly(HK, KY, CHEN);
    }

    @Test
    void aMutualHoldingIsCutAtTheFirstRepeatedNode() {
        // LG5 ← HQ2 ← HQ1 ← KY: 0.8 × 0.625; LG5 ← PT6 ← RB4 ← HQ2 ← HQ1 ← KY: 0.2 × 0.85 × 0.7 × 0.625;
        // LG5 ← PT6 ← LG5 is not followed
        var r = up(graph(), LG5);
        assertThat(stakeOf(r, KY).known()).isCloseTo(0.5 + 0.074375, within(1e-12));
        assertThat(stakeOf(r, KY).paths()).hasSize(2);
        assertThat(stakeOf(r, HK).known()).isCloseTo(0.2 * 0.85 * 0.3, within(1e-12));
        assertThat(r.stakes()).extracting(EquityPenetration.Stake::party).doesNotContain(LG5);
        var pt6 = up(graph(), PT6);
        assertThat(stakeOf(pt6, KY).known()).isCloseTo(0.371875 + 0.075, within(1e-12));
        assertThat(stakeOf(pt6, LG5).top()).isFalse();
    }

    @Test
    void aLoopWithNoOutsideHolderEndsAtTheLastNodeBeforeTheRepeat() {
        var a = company("A", "a");
        var b = company("B", "b");
        var f = company("F", "f");
        var r = up(graph(a, b, 0.6, b, a, 0.7, a, f, 1.0), f);
        assertThat(stakeOf(r, b).top()).isTrue();
        assertThat(stakeOf(r, b).known()).isCloseTo(0.7, within(1e-12));
        assertThat(stakeOf(r, a).top()).isFalse();
    }

    @Test
    void anUnknownStakeIsUnknownNotZero() {
        var x = person("X", "x");
        var y = person("Y", "y");
        var a = company("A", "a");
        var f = company("F", "f");
        var r = up(graph(x, a, null, a, f, 0.8, x, f, 0.1, y, f, null), f);
        var sx = stakeOf(r, x);
        assertThat(sx.known()).isCloseTo(0.1, within(1e-12));
        assertThat(sx.unknown()).isTrue();
        var sy = stakeOf(r, y);
        assertThat(sy.known()).isZero();
        assertThat(sy.unknown()).isTrue();
        assertThat(sy.paths().getFirst().product()).isNull();
    }

    @Test
    void downwardsAHolderReachesEveryFirmItHoldsThroughChains() {
        var r = new EquityPenetration(graph(), Direction.DOWN).of(Kind.ORGANISATION, KY.key());
        assertThat(stakeOf(r, HQ1).known()).isEqualTo(1.0);
        assertThat(stakeOf(r, HQ2).known()).isCloseTo(0.625, within(1e-12));
        assertThat(stakeOf(r, BM7).known()).isCloseTo(0.255 + 0.03793125, within(1e-12));
        assertThat(stakeOf(r, BM7).paths().getFirst().parties().getFirst()).isEqualTo(KY);
        assertThat(r.stakes())
                .extracting(s -> s.party().key())
                .doesNotContain(KY.key())
                .hasSize(7);
    }

    @Test
    void theDepthBoundStopsAChainAndItsLastHolderIsATop() {
        var chain = new ArrayList<Object>();
        for (int i = 0; i < 12; i++) {
            chain.addAll(List.of(company("C" + (i + 1), null), company("C" + i, null), 1.0));
        }
        var g = graph(chain.toArray());
        var r = up(g, company("C0", null));
        assertThat(r.stakes()).hasSize(10);
        assertThat(stakeOf(r, company("C10", null)).top()).isTrue();
        var deeper = new EquityPenetration(g, Direction.UP, 12, 100).of(Kind.COMPANY, "C0");
        assertThat(deeper.stakes()).hasSize(12);
    }

    @Test
    void aLongChainIsWalkedWithoutRecursion() {
        int n = 3_000;
        var chain = new ArrayList<Object>();
        for (int i = 0; i < n; i++) {
            chain.addAll(List.of(company("C" + (i + 1), null), company("C" + i, null), 0.99));
        }
        var r = new EquityPenetration(graph(chain.toArray()), Direction.UP, n, 10_000).of(Kind.COMPANY, "C0");
        assertThat(r.stakes()).hasSize(n);
        assertThat(stakeOf(r, company("C" + n, null)).known()).isCloseTo(Math.pow(0.99, n), within(1e-12));
    }

    @Test
    void thePathBudgetTruncatesAndSaysSo() {
        var r = new EquityPenetration(graph(), Direction.UP, 10, 3).of(Kind.COMPANY, BM7.key());
        assertThat(r.truncated()).isTrue();
        assertThat(up(graph(), BM7).truncated()).isFalse();
    }
}
