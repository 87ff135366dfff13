package dev.anchorgraph.loader.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationKeyTest {

    @Test
    void chineseNamesOfJurisdictionsBecomeIsoCodesAndUnknownOnesStayAsWritten() {
        assertThat(OrganisationKey.jurisdiction("香港")).isEqualTo("HK");
        assertThat(OrganisationKey.jurisdiction("中国香港")).isEqualTo("HK");
        assertThat(OrganisationKey.jurisdiction("开曼群岛")).isEqualTo("KY");
        assertThat(OrganisationKey.jurisdiction("bvi")).isEqualTo("VG");
        assertThat(OrganisationKey.jurisdiction("sg")).isEqualTo("SG");
        assertThat(OrganisationKey.jurisdiction("毛里求斯")).isEqualTo("毛里求斯");
        assertThat(OrganisationKey.jurisdiction(" ")).isNull();
    }

    @Test
    void onlyAJurisdictionOutsideMainlandChinaIsForeign() {
        assertThat(OrganisationKey.foreign("HK")).isTrue();
        assertThat(OrganisationKey.foreign("CN")).isFalse();
        assertThat(OrganisationKey.foreign(null)).isFalse();
    }

    @Test
    void theNameKeyIgnoresCaseWidthSpacingAndPunctuationButNothingElse() {
        var key = OrganisationKey.of("HK", null, "Acme Holdings Limited");
        assertThat(OrganisationKey.of("HK", null, "ＡＣＭＥ  Holdings, Limited.")).isEqualTo(key);
        assertThat(OrganisationKey.of("HK", null, "Acme Holding Limited")).isNotEqualTo(key);
        assertThat(OrganisationKey.of("KY", null, "Acme Holdings Limited")).isNotEqualTo(key);
        assertThat(OrganisationKey.of(null, null, "Acme Holdings Limited")).startsWith("name/?/");
    }

    @Test
    void aRegistrationNumberKeysTheOrganisationBeforeItsName() {
        assertThat(OrganisationKey.of("HK", "1234 567", "Acme")).isEqualTo("reg/HK/1234567");
        assertThat(OrganisationKey.of("HK", " ", "Acme")).isEqualTo("name/HK/acme");
    }
}
