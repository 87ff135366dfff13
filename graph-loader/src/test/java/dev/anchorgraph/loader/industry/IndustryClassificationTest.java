package dev.anchorgraph.loader.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchorgraph.cli.UserInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndustryClassificationTest {

    @Test
    void everyBundledClassResolvesToItsSection() {
        var industries = IndustryClassification.bundled();
        var byCode = industries.stream().collect(Collectors.toMap(Industry::code, i -> i));
        var classes = industries.stream().filter(i -> i.level() == 4).toList();
        assertThat(classes).isNotEmpty();
        for (var c : classes) {
            var section = byCode.get(
                    byCode.get(byCode.get(c.parentCode()).parentCode()).parentCode());
            assertThat(section.level()).as("section of %s", c.code()).isEqualTo(1);
            assertThat(section.code()).matches("[A-T]");
        }
        assertThat(byCode.get("6513").parentCode()).isEqualTo("651");
        assertThat(industries.stream().filter(i -> i.level() == 1)).hasSize(20);
    }

    @Test
    void aClassWhoseParentIsMissingFailsTheWholeFile() {
        var csv = """
                code,level,level_name,name,section,division,group,parent_code,note,source_note
                A,1,门类,农、林、牧、渔业,A,,,,,
                0111,4,小类,稻谷种植,A,01,011,011,,
                """;
        assertThatThrownBy(() -> IndustryClassification.read(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv"))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("0111");
    }

    @Test
    void aDuplicateCodeFailsTheWholeFile() {
        var csv = """
                code,level,level_name,name,section,division,group,parent_code,note,source_note
                A,1,门类,农、林、牧、渔业,A,,,,,
                A,1,门类,农业,A,,,,,
                """;
        assertThatThrownBy(() -> IndustryClassification.read(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv"))
                .hasMessageContaining("appears twice");
    }
}
