package dev.anchorgraph.service.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameQueryTest {

    @Test
    void companyFormSuffixesAreDroppedSoVariantsSearchTheSameWords() {
        assertThat(NameQuery.normalise("深圳市某某科技有限公司")).isEqualTo("深圳市某某科技");
        assertThat(NameQuery.normalise("某某科技股份有限公司")).isEqualTo("某某科技");
        assertThat(NameQuery.normalise("某某科技有限责任公司")).isEqualTo("某某科技");
        assertThat(NameQuery.normalise("某某科技有限公司深圳分公司")).isEqualTo("某某科技 深圳");
    }

    @Test
    void fullWidthAndHalfWidthBracketsBothBecomeSeparators() {
        assertThat(NameQuery.normalise("某某科技（深圳）有限公司")).isEqualTo("某某科技 深圳");
        assertThat(NameQuery.normalise("某某科技(深圳)有限公司")).isEqualTo("某某科技 深圳");
        assertThat(NameQuery.normalise("【某某】科技")).isEqualTo("某某 科技");
    }

    @Test
    void fullWidthLettersAndDigitsAreFoldedAndLowerCased() {
        assertThat(NameQuery.normalise("ＡＢＣ电子（上海）有限公司")).isEqualTo("abc电子 上海");
        assertThat(NameQuery.normalise("第１２３号")).isEqualTo("第123号");
    }

    @Test
    void englishCompanyFormWordsAreDroppedToo() {
        assertThat(NameQuery.normalise("Acme Trading Co., Ltd.")).isEqualTo("acme trading");
        assertThat(NameQuery.normalise("Acme Holdings Limited")).isEqualTo("acme holdings");
    }

    @Test
    void luceneSyntaxInTheInputIsReducedToPlainWords() {
        assertThat(NameQuery.normalise("*:* OR name:x~2")).isEqualTo("or name x 2");
        assertThat(NameQuery.normalise("科技 AND NOT \"x\" [a TO z]")).isEqualTo("科技 and not x a to z");
    }

    @Test
    void onlyCompanyFormWordsOrPunctuationLeaveNothingToSearch() {
        assertThat(NameQuery.normalise("有限公司")).isEmpty();
        assertThat(NameQuery.normalise("*?!")).isEmpty();
        assertThat(NameQuery.normalise("Co., Ltd.")).isEmpty();
    }

    @Test
    void eachWordIsSearchedAsABoostedPhraseAndAsPlainTerms() {
        assertThat(NameQuery.lucene("某某科技 深圳")).isEqualTo("\"某某科技\"^2 某某科技 \"深圳\"^2 深圳");
    }

    @Test
    void everyLuceneSpecialCharacterIsEscaped() {
        assertThat(NameQuery.escape("a+b-c&&d||e!f(g)h{i}j[k]l^m\"n~o*p?q:r\\s/t"))
                .isEqualTo("a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\\"n\\~o\\*p\\?q\\:r\\\\s\\/t");
    }
}
