package dev.anchorgraph.control;

import static dev.anchorgraph.control.ControlFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.control.ActualController.Basis;
import dev.anchorgraph.control.ActualController.Status;
import dev.anchorgraph.control.OwnershipGraph.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActualControllerTest {

    static final Party F = company("F", "目标公司");

    static ActualController.Control control(OwnershipGraph g, Party firm) {
        return new ActualController(g).of(firm.key());
    }

    static void assertControlled(ActualController.Control c, Party controller, Basis basis, double stake) {
        assertThat(c.status()).as(c.toString()).isEqualTo(Status.CONTROLLED);
        assertThat(c.controller()).isEqualTo(controller);
        assertThat(c.basis()).isEqualTo(basis);
        assertThat(c.stake()).isCloseTo(stake, within(1e-12));
    }

    @Test
    void theGroupsFirmsAreControlledByTheOverseasParentAndTheOperatorByTheHongKongCompany() {
        var g = graph();
        assertControlled(control(g, HQ1), KY, Basis.MAJORITY, 1.0);
        assertControlled(control(g, HQ2), KY, Basis.MAJORITY, 0.625);
        assertControlled(control(g, OP3), HK, Basis.MAJORITY, 0.5524);
        assertControlled(control(g, LG5), KY, Basis.MAJORITY, 0.574375);
    }

    @Test
    void belowHalfCumulativelyTheControlChainLeadsToTheParent() {
        var g = graph();
        // RB4: HQ2 70 % → HQ1 62.5 % → KY 100 %; KY 43.75 % cumulatively, HK 30 %
        var rb4 = control(g, RB4);
        assertControlled(rb4, KY, Basis.CONTROL_CHAIN, 0.4375);
        assertThat(rb4.chain()).containsExactly(RB4, HQ2, HQ1, KY);
        assertControlled(control(g, PT6), KY, Basis.CONTROL_CHAIN, 0.446875);
        // BM7: the fund's 49 % is the largest cumulative stake, but LG5's 51 % controls and KY controls LG5
        var bm7 = control(g, BM7);
        assertControlled(bm7, KY, Basis.CONTROL_CHAIN, 0.255 + 0.03793125);
        assertThat(bm7.chain()).containsExactly(BM7, LG5, HQ2, HQ1, KY);
    }

    @Test
    void aFirmWithoutHoldersAndAnUnknownFirmHaveNoHolders() {
        assertThat(control(graph(), HQ1).status()).isEqualTo(Status.CONTROLLED);
        var none = control(OwnershipGraph.of(List.of()), F);
        assertThat(none.status()).isEqualTo(Status.NO_HOLDERS);
        assertThat(none.controller()).isNull();
        assertThat(none.stake()).isNull();
        assertThat(control(graph(), company("UNKNOWN", null)).status()).isEqualTo(Status.NO_HOLDERS);
    }

    @Test
    void thirtyPercentWithATenPointLeadControlsAndLessIsATie() {
        var a = person("A", "甲");
        var b = person("B", "乙");
        var c = person("C", "丙");
        assertControlled(control(graph(a, F, 0.45, b, F, 0.30, c, F, 0.25), F), a, Basis.CONTROL_CHAIN, 0.45);
        var tie = control(graph(a, F, 0.40, b, F, 0.35, c, F, 0.25), F);
        assertThat(tie.status()).isEqualTo(Status.TIE);
        assertThat(tie.controller()).isNull();
        assertThat(tie.stake()).isCloseTo(0.40, within(1e-12));
        assertThat(control(graph(a, F, 0.5, b, F, 0.5), F).status()).isEqualTo(Status.TIE);
        assertThat(control(graph(a, F, 0.25, b, F, 0.25, c, F, 0.2), F).status())
                .isEqualTo(Status.NO_CONTROLLER);
    }

    @Test
    void exactlyFiftyPercentIsNotAMajority() {
        var a = person("A", "甲");
        var b = person("B", "乙");
        var c = person("C", "丙");
        assertControlled(control(graph(a, F, 0.5, b, F, 0.3, c, F, 0.2), F), a, Basis.CONTROL_CHAIN, 0.5);
        assertThat(control(graph(a, F, 0.5, b, F, 0.45), F).status()).isEqualTo(Status.TIE);
    }

    @Test
    void unknownStakesAreReportedAsSuchNeverGuessed() {
        var a = person("A", "甲");
        var b = person("B", "乙");
        var unknown = control(graph(a, F, 0.45, b, F, null), F);
        assertThat(unknown.status()).isEqualTo(Status.UNKNOWN_STAKES);
        assertThat(unknown.controller()).isNull();
        // a known majority decides whatever the unknown stakes
        assertControlled(control(graph(a, F, 0.6, b, F, null), F), a, Basis.MAJORITY, 0.6);
    }

    @Test
    void aHolderOfTwoSubsidiariesControlsByItsCumulativeStake() {
        var x = person("X", "控制人");
        var a = company("A", "子公司甲");
        var b = company("B", "子公司乙");
        var holdings = new java.util.ArrayList<Object>(List.of(x, a, 1.0, x, b, 1.0, a, F, 0.2, b, F, 0.2));
        for (int i = 0; i < 6; i++) {
            holdings.addAll(List.of(person("S" + i, "小股东"), F, 0.1));
        }
        assertControlled(control(graph(holdings.toArray()), F), x, Basis.RELATIVE, 0.4);
        // 30 % each through two subsidiaries is a majority
        assertControlled(control(graph(x, a, 1.0, x, b, 1.0, a, F, 0.3, b, F, 0.3), F), x, Basis.MAJORITY, 0.6);
    }

    @Test
    void twoPeopleWithOneNameAreTwoHolders() {
        var wang1 = person("name|F|王伟", "王伟");
        var wang2 = person("name|G|王伟", "王伟");
        var c = company("C", "中间公司");
        var g = graph(wang1, F, 0.3, wang2, c, 1.0, c, F, 0.3, person("Z", "其他"), F, 0.4);
        var r = control(g, F);
        assertThat(r.penetration().tops()).extracting(s -> s.party().key()).contains("name|F|王伟", "name|G|王伟");
        // merged, 王伟 would hold 60 %; as two people, Z's 40 % leads by 10 points
        assertControlled(r, person("Z", "其他"), Basis.CONTROL_CHAIN, 0.4);
    }

    @Test
    void aTieBetweenTwoOverFiledMajoritiesNamesNoOne() {
        var a = person("A", "甲");
        var b = person("B", "乙");
        assertThat(control(graph(a, F, 0.6, b, F, 0.6), F).status()).isEqualTo(Status.TIE);
        assertControlled(control(graph(a, F, 0.7, b, F, 0.6), F), a, Basis.MAJORITY, 0.7);
    }
}
