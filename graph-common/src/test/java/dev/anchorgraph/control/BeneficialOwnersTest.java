package dev.anchorgraph.control;

import static dev.anchorgraph.control.ControlFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.control.BeneficialOwners.Basis;
import dev.anchorgraph.control.BeneficialOwners.Officer;
import dev.anchorgraph.control.OwnershipGraph.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeneficialOwnersTest {

    static final Party F = company("F", "目标公司");

    static BeneficialOwners.Owners owners(OwnershipGraph g, List<Officer> officers, Party firm) {
        return new BeneficialOwners(new ActualController(g), officers).of(firm.key());
    }

    @Test
    void peopleWithAQuarterCumulativelyAreTheOwners() {
        var a = person("A", "甲");
        var b = person("B", "乙");
        var c = company("C", "持股公司");
        // A: 0.2 + 0.5 × 0.2 = 0.30; B: 0.5 × 0.5 = 0.25; C is no person
        var o = owners(graph(a, F, 0.2, a, c, 0.5, b, c, 0.5, c, F, 0.5), List.of(), F);
        assertThat(o.basis()).isEqualTo(Basis.SHAREHOLDING);
        assertThat(o.owners()).extracting(BeneficialOwners.Owner::person).containsExactly(a, b);
        assertThat(o.incomplete()).isFalse();
    }

    @Test
    void elseThePersonWhoControlsThroughAControlChain() {
        var p = person("P", "控制人");
        var c = company("C", "控股公司");
        var holdings = new java.util.ArrayList<Object>(List.of(p, c, 0.6, person("Q", "乙"), c, 0.4, c, F, 0.4));
        for (int i = 0; i < 6; i++) {
            holdings.addAll(List.of(person("S" + i, "小股东"), F, 0.1));
        }
        // P holds 0.6 × 0.4 = 24 %, below a quarter, but controls C, which controls F
        var o = owners(graph(holdings.toArray()), List.of(), F);
        assertThat(o.basis()).isEqualTo(Basis.CONTROL);
        assertThat(o.owners())
                .singleElement()
                .satisfies(owner -> assertThat(owner.person()).isEqualTo(p));
    }

    @Test
    void elseTheSeniorManagerAndHomonymsInTwoFirmsAreTwoPeople() {
        var rb4 = owners(graph(), OFFICERS, RB4);
        assertThat(rb4.basis()).isEqualTo(Basis.SENIOR_MANAGER);
        assertThat(rb4.owners()).singleElement().satisfies(o -> {
            assertThat(o.person()).isEqualTo(LIU_A);
            assertThat(o.role()).isEqualTo("general_manager");
        });
        var bm7 = owners(graph(), OFFICERS, BM7);
        assertThat(bm7.owners()).extracting(BeneficialOwners.Owner::person).containsExactly(LIU_B);
        assertThat(LIU_A.name()).isEqualTo(LIU_B.name());
    }

    @Test
    void theSeniorManagerIsTheFirstRoleInOrderAndAFirmWithNoneHasNoOwner() {
        var gm = person("GM", "总经理");
        var rep = person("REP", "法人");
        var officers = List.of(
                new Officer("F", rep, "legal_representative"),
                new Officer("F", gm, "general_manager"),
                new Officer("F", person("D", "董事"), "director"));
        var o = owners(graph(company("C", null), F, 1.0), officers, F);
        assertThat(o.owners()).extracting(BeneficialOwners.Owner::person).containsExactly(gm);
        assertThat(owners(graph(), OFFICERS, OP3).basis()).isEqualTo(Basis.NONE);
        assertThat(owners(OwnershipGraph.of(List.of()), List.of(), F).owners()).isEmpty();
    }

    @Test
    void anUnknownStakeMakesTheAnswerIncomplete() {
        var a = person("A", "甲");
        var b = person("B", "乙");
        var o = owners(graph(a, F, 0.3, b, F, null), List.of(), F);
        assertThat(o.owners()).extracting(BeneficialOwners.Owner::person).containsExactly(a);
        assertThat(o.incomplete()).isTrue();
    }
}
