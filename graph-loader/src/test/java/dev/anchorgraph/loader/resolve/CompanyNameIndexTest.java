package dev.anchorgraph.loader.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.resolve.Resolution.Candidate;
import dev.anchorgraph.loader.resolve.Resolution.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyNameIndexTest {

    private static final String SZ_MOUMOU = "91440300MA5F000011";
    private static final String SZ_HUARUI = "91440300MA5F000022";
    private static final String SZ_HUARUI_JINGMI = "91440300MA5F000033";
    private static final String SZ_HENGTONG = "91440300MA5F000044";
    private static final String GZ_HENGTONG = "91440100MA5F000055";

    private static Resolution resolve(List<CompanyName> companies, String party) {
        try (var index = CompanyNameIndex.build(companies)) {
            return index.resolve(party);
        }
    }

    private static void assertResolved(Resolution r, String uscc, double score) {
        assertThat(r.outcome()).as("%s", r).isEqualTo(Outcome.RESOLVED);
        assertThat(r.uscc()).isEqualTo(uscc);
        assertThat(r.score()).isEqualTo(score);
    }

    @Test
    void aRegionPrefixAndARegionInBracketsFindEachOther() {
        var index = List.of(new CompanyName(SZ_MOUMOU, "深圳市某某科技有限公司"));
        assertResolved(resolve(index, "某某科技（深圳）有限公司"), SZ_MOUMOU, 0.88);
        assertResolved(resolve(List.of(new CompanyName(SZ_MOUMOU, "某某科技（深圳）有限公司")), "深圳市某某科技有限公司"), SZ_MOUMOU, 0.88);
    }

    @Test
    void bracketWidthSpacesAnnotationsAndFormerNamesDoNotChangeTheName() {
        var index = List.of(new CompanyName(SZ_MOUMOU, "某某科技(深圳)有限公司"), new CompanyName(SZ_HUARUI, "深圳市华瑞科技有限公司"));
        assertResolved(resolve(index, "某某科技（深圳）有限公司"), SZ_MOUMOU, 1.0);
        assertResolved(resolve(index, "某某科技 (深圳) 有限公司"), SZ_MOUMOU, 1.0);
        assertResolved(resolve(index, "深圳市华瑞科技有限公司(移市工商局)"), SZ_HUARUI, 1.0);
        assertResolved(resolve(index, "深圳市华瑞科技有限公司（原深圳市华瑞贸易有限公司）"), SZ_HUARUI, 1.0);
        assertResolved(resolve(index, "深圳市　华瑞科技　有限公司"), SZ_HUARUI, 1.0);
    }

    @Test
    void aFirmWithASimilarNameIsNeverTakenForTheParty() {
        var both =
                List.of(new CompanyName(SZ_HUARUI, "深圳市华瑞科技有限公司"), new CompanyName(SZ_HUARUI_JINGMI, "深圳市华瑞精密科技有限公司"));
        var r = resolve(both, "深圳市华瑞科技有限公司");
        assertResolved(r, SZ_HUARUI, 1.0);
        assertThat(r.runnerUpScore()).isEqualTo(0.28);
        assertResolved(resolve(both, "深圳市华瑞精密科技有限公司"), SZ_HUARUI_JINGMI, 1.0);

        var onlyTheOther = resolve(List.of(both.get(1)), "深圳市华瑞科技有限公司");
        assertThat(onlyTheOther.outcome()).isEqualTo(Outcome.UNRESOLVED);
        assertThat(onlyTheOther.uscc()).isNull();
        assertThat(onlyTheOther.candidates()).containsExactly(new Candidate(SZ_HUARUI_JINGMI, "深圳市华瑞精密科技有限公司", 0.28));
    }

    @Test
    void aTradeNameInsideAnotherDoesNotStandInTheWayOfTheRightFirm() {
        var index =
                List.of(new CompanyName(SZ_HENGTONG, "天津市业联东建筑工程有限公司"), new CompanyName(GZ_HENGTONG, "上海市联东建筑工程有限公司"));
        var r = resolve(index, "业联东建筑工程有限公司");
        assertResolved(r, SZ_HENGTONG, 0.83);
        assertThat(r.runnerUpScore()).isEqualTo(0.6391);
        assertResolved(resolve(index, "联东建筑工程有限公司"), GZ_HENGTONG, 0.83);
    }

    @Test
    void oneNameInTwoRegionsIsAmbiguousWithoutARegionAndResolvedWithOne() {
        var index = List.of(new CompanyName(SZ_HENGTONG, "深圳市恒通贸易有限公司"), new CompanyName(GZ_HENGTONG, "广州市恒通贸易有限公司"));
        var r = resolve(index, "恒通贸易有限公司");
        assertThat(r.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(r.uscc()).isNull();
        assertThat(r.score()).isEqualTo(0.83);
        assertThat(r.runnerUpScore()).isEqualTo(0.83);
        assertThat(r.candidates()).extracting(Candidate::uscc).containsExactly(GZ_HENGTONG, SZ_HENGTONG);

        assertResolved(resolve(index, "深圳市恒通贸易有限公司"), SZ_HENGTONG, 1.0);
        var bracketed = resolve(index, "恒通贸易（广州）有限公司");
        assertResolved(bracketed, GZ_HENGTONG, 0.88);
        assertThat(bracketed.runnerUpScore()).isEqualTo(0.58);
    }

    @Test
    void twoFirmsWithTheSameNormalisedNameAreAmbiguousInWhateverOrderTheyCome() {
        var index = new ArrayList<>(
                List.of(new CompanyName(GZ_HENGTONG, "恒通贸易有限公司"), new CompanyName(SZ_HENGTONG, "恒通贸易 有限公司")));
        var r = resolve(index, "恒通贸易有限公司");
        assertThat(r.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.runnerUpScore()).isEqualTo(1.0);
        Collections.reverse(index);
        assertThat(resolve(index, "恒通贸易有限公司")).isEqualTo(r);
    }

    @Test
    void theExactNameWinsOverAVariantOfIt() {
        var index = List.of(new CompanyName(SZ_HENGTONG, "恒通贸易股份有限公司"), new CompanyName(GZ_HENGTONG, "恒通贸易有限公司"));
        var r = resolve(index, "恒通贸易有限公司");
        assertResolved(r, GZ_HENGTONG, 1.0);
        assertThat(r.runnerUpScore()).isEqualTo(0.83);
    }

    @Test
    void severalNamesOfOneFirmAreOneCandidate() {
        var index = List.of(new CompanyName(SZ_MOUMOU, "深圳市某某科技有限公司"), new CompanyName(SZ_MOUMOU, "某某科技（深圳）有限公司"));
        var r = resolve(index, "某某科技有限公司");
        assertResolved(r, SZ_MOUMOU, 0.83);
        assertThat(r.candidates()).hasSize(1);
    }

    @Test
    void aBranchResolvesToItselfAndNeverToItsHeadOffice() {
        var head = new CompanyName(SZ_MOUMOU, "深圳市某某科技有限公司");
        var branch = new CompanyName(SZ_HUARUI, "深圳市某某科技有限公司广州分公司");
        assertResolved(resolve(List.of(head, branch), "深圳市某某科技有限公司广州分公司"), SZ_HUARUI, 1.0);
        assertResolved(resolve(List.of(head, branch), "某某科技有限公司广州分公司"), SZ_HUARUI, 0.88);
        assertResolved(resolve(List.of(head, branch), "深圳市某某科技有限公司"), SZ_MOUMOU, 1.0);

        var headOnly = resolve(List.of(head), "深圳市某某科技有限公司广州分公司");
        assertThat(headOnly.outcome()).isEqualTo(Outcome.UNRESOLVED);
        assertThat(headOnly.candidates()).extracting(Candidate::uscc).containsExactly(SZ_MOUMOU);
        assertThat(resolve(List.of(branch), "深圳市某某科技有限公司").outcome()).isEqualTo(Outcome.UNRESOLVED);
    }

    @Test
    void anEmptyIndexResolvesNothing() {
        assertThat(resolve(List.of(), "深圳市某某科技有限公司")).isEqualTo(Resolution.unresolved());
    }

    @Test
    void anEmptyOrBlankPartyNameIsUnresolved() {
        var index = List.of(new CompanyName(SZ_MOUMOU, "深圳市某某科技有限公司"));
        assertThat(resolve(index, "")).isEqualTo(Resolution.unresolved());
        assertThat(resolve(index, " \u3000 ")).isEqualTo(Resolution.unresolved());
        assertThat(resolve(index, null)).isEqualTo(Resolution.unresolved());
        assertThat(resolve(index, "（移市工商局）")).isEqualTo(Resolution.unresolved());
    }

    @Test
    void aPersonsNameIsUnresolvedEvenWhenAFirmCarriesIt() {
        var index = List.of(new CompanyName(SZ_MOUMOU, "深圳市张伟有限公司"), new CompanyName(SZ_HUARUI, "深圳市张伟五金店"));
        assertThat(resolve(index, "张伟")).isEqualTo(Resolution.unresolved());
        assertThat(resolve(index, "张 伟")).isEqualTo(Resolution.unresolved());
        assertResolved(resolve(index, "深圳市张伟五金店"), SZ_HUARUI, 1.0);
    }
}
