package dev.anchorgraph.loader.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    private static double score(String party, String company) {
        return NameSimilarity.score(NameNormalizer.parse(party), NameNormalizer.parse(company));
    }

    @Test
    void theHandWorkedExampleScoresAsComputedOnPaper() {
        // Cores 华瑞科技 {华瑞, 瑞科, 科技} and 华瑞精密科技 {华瑞, 瑞精, 精密, 密科, 科技}: 2 shared of 3 + 5.
        assertThat(NameSimilarity.grams("华瑞科技")).containsExactlyInAnyOrder("华瑞", "瑞科", "科技");
        assertThat(NameSimilarity.dice("华瑞科技", "华瑞精密科技")).isEqualTo(2.0 * 2 / (3 + 5));
        // dice 0.50, minus 0.12 for a name that is not the same, 0.10 for a core that is not the same, 0 for the
        // same region 深圳.
        assertThat(score("深圳市华瑞科技有限公司", "深圳市华瑞精密科技有限公司")).isEqualTo(0.28);
    }

    @Test
    void theSameNormalisedNameScoresOne() {
        assertThat(score("深圳市 某某科技有限公司（移市工商局）", "深圳市某某科技有限公司")).isEqualTo(1.0);
    }

    @Test
    void theSameCoreScoresByHowTheRegionsCompare() {
        assertThat(score("某某科技（深圳）有限公司", "深圳市某某科技有限公司")).as("same region").isEqualTo(0.88);
        assertThat(score("某某科技有限公司", "深圳市某某科技有限公司")).as("region missing").isEqualTo(0.83);
        assertThat(score("广东省某某科技有限公司", "深圳市某某科技有限公司")).as("深圳 lies in 广东").isEqualTo(0.83);
        assertThat(score("某某科技有限公司", "某某科技股份有限公司")).as("other legal form").isEqualTo(0.83);
        assertThat(score("广州市某某科技有限公司", "深圳市某某科技有限公司")).as("other region").isEqualTo(0.58);
    }

    @Test
    void aTradeNameOneCharacterLongerStaysWellBelowTheSameCore() {
        // 联东建筑工程 against 业联东建筑工程: 5 of 5 and 6 bigrams shared, dice 10/11.
        assertThat(NameSimilarity.dice("联东建筑工程", "业联东建筑工程")).isEqualTo(10.0 / 11);
        assertThat(score("联东建筑工程有限公司", "天津市业联东建筑工程有限公司")).isEqualTo(0.6391);
        assertThat(score("联东建筑工程有限公司", "天津市联东建筑工程有限公司")).isEqualTo(0.83);
    }

    @Test
    void aBranchAndItsHeadOfficeAreFarApart() {
        // dice 1, minus 0.12 variant, 0.05 (深圳 against no region), 0.50 branch against head office.
        assertThat(score("某某科技有限公司深圳分公司", "某某科技有限公司")).isEqualTo(0.33);
        assertThat(score("某某科技有限公司", "某某科技有限公司深圳分公司")).isEqualTo(0.33);
    }

    @Test
    void aOneCharacterCoreIsItsOwnGramAndAnEmptyCoreMatchesNothing() {
        assertThat(NameSimilarity.grams("鑫")).containsExactly("鑫");
        assertThat(NameSimilarity.dice("鑫", "鑫")).isEqualTo(1.0);
        assertThat(NameSimilarity.dice("", "鑫")).isZero();
    }
}
