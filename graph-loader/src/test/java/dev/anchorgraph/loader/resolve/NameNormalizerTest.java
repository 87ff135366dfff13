package dev.anchorgraph.loader.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.resolve.NameNormalizer.Core;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    @Test
    void fullWidthBracketsAndSpacesBecomeTheHalfWidthNameWithoutSpaces() {
        assertThat(NameNormalizer.normalize(" 某某科技（深圳）　有限 公司\u200B")).isEqualTo("某某科技(深圳)有限公司");
        assertThat(NameNormalizer.normalize("ＴＣＬ科技【深圳】有限公司")).isEqualTo("TCL科技(深圳)有限公司");
        assertThat(NameNormalizer.normalize("tcl科技有限公司")).isEqualTo("TCL科技有限公司");
    }

    @Test
    void annotationsInBracketsAreDroppedButRegionsAndPartnershipFormsKept() {
        assertThat(NameNormalizer.normalize("深圳市某某科技有限公司(移市工商局)")).isEqualTo("深圳市某某科技有限公司");
        assertThat(NameNormalizer.normalize("深圳市某某科技有限公司（原深圳市某某贸易（集团）有限公司）")).isEqualTo("深圳市某某科技有限公司");
        assertThat(NameNormalizer.normalize("某某投资合伙企业（有限合伙）")).isEqualTo("某某投资合伙企业(有限合伙)");
        assertThat(NameNormalizer.normalize("某某（中国）有限公司")).isEqualTo("某某(中国)有限公司");
        assertThat(NameNormalizer.normalize("某某（集团）有限公司")).isEqualTo("某某集团有限公司");
    }

    @Test
    void aBracketWithoutItsPartnerIsDroppedAndItsTextKept() {
        assertThat(NameNormalizer.normalize("深圳市某某科技有限公司（原深圳市某某")).isEqualTo("深圳市某某科技有限公司原深圳市某某");
    }

    @Test
    void regionPrefixAndRegionInBracketsGiveTheSameCoreAndRegion() {
        var expected = new Core("某某科技", "深圳");
        assertThat(NameNormalizer.core("深圳市某某科技有限公司")).isEqualTo(expected);
        assertThat(NameNormalizer.core("深圳某某科技有限公司")).isEqualTo(expected);
        assertThat(NameNormalizer.core("某某科技（深圳）有限公司")).isEqualTo(expected);
        assertThat(NameNormalizer.core("某某科技(深圳市)有限公司")).isEqualTo(expected);
        assertThat(NameNormalizer.core("广东省深圳市某某科技有限公司")).isEqualTo(expected);
    }

    @Test
    void legalFormsAreRemovedFromTheCore() {
        assertThat(NameNormalizer.core("某某科技股份有限公司")).isEqualTo(new Core("某某科技", null));
        assertThat(NameNormalizer.core("上海某某贸易有限责任公司")).isEqualTo(new Core("某某贸易", "上海"));
        assertThat(NameNormalizer.core("某某投资合伙企业（有限合伙）")).isEqualTo(new Core("某某投资", null));
        assertThat(NameNormalizer.core("北京市海淀区某某软件个人独资企业")).isEqualTo(new Core("某某软件", "海淀"));
        assertThat(NameNormalizer.core("浦东新区某某物流有限公司")).isEqualTo(new Core("某某物流", "浦东"));
        assertThat(NameNormalizer.core("某某集团有限公司")).isEqualTo(new Core("某某集团", null));
    }

    @Test
    void aRegionIsOnlyStrippedWhereItCannotBeTheTradeName() {
        // 北京银行: a bare city name leaves two characters; 中国 is a region in brackets only.
        assertThat(NameNormalizer.core("北京银行股份有限公司")).isEqualTo(new Core("银行", "北京"));
        assertThat(NameNormalizer.core("中国银行股份有限公司")).isEqualTo(new Core("中国银行", null));
        // After 深圳, 兰州 is not a region inside it: it is part of the trade name.
        assertThat(NameNormalizer.core("深圳市兰州拉面馆")).isEqualTo(new Core("兰州拉面馆", "深圳"));
        // 三明 is a city, 三明治 a sandwich: only 三明市 is stripped.
        assertThat(NameNormalizer.core("三明治餐饮有限公司")).isEqualTo(new Core("三明治餐饮", null));
        assertThat(NameNormalizer.core("深圳市有限公司")).isEqualTo(new Core("深圳市", null));
        // With its region in brackets, a name starts with its trade name, even one that is a city's (长春).
        assertThat(NameNormalizer.core("长春藤教育科技（北京）有限公司")).isEqualTo(new Core("长春藤教育科技", "北京"));
        assertThat(NameNormalizer.core("长春藤教育科技有限公司")).isEqualTo(new Core("藤教育科技", "长春"));
    }

    @Test
    void aBranchIsItsHeadOfficesCoreAtItsOwnRegion() {
        assertThat(NameNormalizer.isBranch("某某科技有限公司深圳分公司")).isTrue();
        assertThat(NameNormalizer.core("深圳市某某科技有限公司广州分公司")).isEqualTo(new Core("某某科技", "广州"));
        assertThat(NameNormalizer.core("某某科技有限公司第一分公司")).isEqualTo(new Core("某某科技第一", null));
        assertThat(NameNormalizer.isBranch("中国工商银行股份有限公司深圳南山支行")).isTrue();
        assertThat(NameNormalizer.core("中国工商银行股份有限公司深圳南山支行")).isEqualTo(new Core("中国工商银行南山", "深圳"));
        assertThat(NameNormalizer.isBranch("某某证券股份有限公司深圳深南大道证券营业部")).isTrue();
    }

    @Test
    void aSoleTradersShopIsNotABranchNorTheHeadOfficeOne() {
        assertThat(NameNormalizer.isBranch("深圳市某某五金营业部")).isFalse();
        assertThat(NameNormalizer.isBranch("深圳市某某科技有限公司")).isFalse();
        assertThat(NameNormalizer.isBranch("分公司")).isFalse();
        assertThat(NameNormalizer.isBranch("深圳市某某超市南山分店")).isTrue();
    }

    @Test
    void emptyAndNullNamesNormaliseToNothing() {
        assertThat(NameNormalizer.normalize(null)).isEmpty();
        assertThat(NameNormalizer.core("  \u3000")).isEqualTo(new Core("", null));
        assertThat(NameNormalizer.isBranch(null)).isFalse();
    }

    @Test
    void normalisationIsIdempotent() {
        for (var name : new String[] {"某某科技（深圳）有限公司(移市工商局)", "某某（集团）有限公司", "ＴＣＬ科技 【深圳】"}) {
            var once = NameNormalizer.normalize(name);
            assertThat(NameNormalizer.normalize(once)).as(name).isEqualTo(once);
        }
    }
}
