package dev.anchorgraph.loader.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseNumbersTest {

    @Test
    void theCaseNumbersTypeCodeSaysTheKindOfCase() {
        assertThat(kind("（2024）粤0305民初12345号")).isEqualTo("civil");
        assertThat(kind("(2023)最高法民终88号")).isEqualTo("civil");
        assertThat(kind("(2025)京0105执5678号")).isEqualTo("enforcement");
        assertThat(kind("(2025)沪01执恢12号")).isEqualTo("enforcement");
        assertThat(kind("(2024)浙0102执异3号")).isEqualTo("enforcement");
        assertThat(kind("(2022)苏05刑初7号")).isEqualTo("criminal");
        assertThat(kind("(2021)川01行终9号")).isEqualTo("administrative");
        assertThat(kind("(2020)粤03破45号")).isEqualTo("civil");
        assertThat(kind("(2015)深中法商终字第123号")).isEqualTo("civil");
    }

    @Test
    void aNumberWithoutATypeCodeWeKnowSaysNoKind() {
        assertThat(kind("(2025)粤0306赔1号")).isNull();
        assertThat(kind("A-2025-001")).isNull();
    }

    private static String kind(String raw) {
        return CaseNumbers.kind(CaseNumbers.normalise(raw));
    }
}
