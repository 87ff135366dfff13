package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class GoodsPlausibilityTest {

    static final GoodsPlausibility TABLE = GoodsPlausibility.bundled();

    static List<CSVRecord> read(String resource) throws IOException {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .get();
        try (var in = GoodsPlausibilityTest.class.getResourceAsStream(resource);
                var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    @Test
    void everyIndustryCodeOfTheTableIsAGbt4754DivisionOrClassWithItsOfficialName() throws IOException {
        var gbt = new HashMap<String, CSVRecord>();
        read("/reference/gbt4754_2017_industry_codes.csv").forEach(r -> gbt.put(r.get("code"), r));
        var rows = read(GoodsPlausibility.TABLE);
        assertThat(rows).hasSize(TABLE.codes().size()).hasSizeGreaterThan(100);
        for (var row : rows) {
            var code = row.get("industry_code");
            assertThat(gbt).as(code).containsKey(code);
            assertThat(gbt.get(code).get("level"))
                    .as(code)
                    .isEqualTo(row.get("level").equals("division") ? "2" : "4");
            assertThat(row.get("name")).as(code).isEqualTo(gbt.get(code).get("name"));
        }
    }

    @Test
    void everyCategoryTheGeneratorInvoicesForAClassIsExpectedOfIt() throws IOException {
        // ordinary generated trade must never look implausible: the table decides wherever it has a row
        var rows = read("/reference/industry_goods.csv");
        assertThat(rows).isNotEmpty();
        for (var row : rows) {
            for (var category : row.get("goods_categories").split(";")) {
                assertThat(TABLE.expects(row.get("industry_code"), category))
                        .as(row.get("industry_code") + " " + category)
                        .isTrue();
            }
        }
    }

    @Test
    void servicesAreExpectedOfTheirDivisionsUnderTheirInvoiceShortNames() {
        var expected = Map.of(
                "4790", "建筑服务", "4819", "建筑服务", "5320", "运输服务", "5810", "运输服务", "6210", "餐饮服务", "6513", "信息技术服务",
                "6431", "现代服务", "7119", "经营租赁", "5930", "物流辅助服务");
        expected.forEach((code, category) -> assertThat(TABLE.expects(code, category))
                .as(code + " " + category)
                .isTrue());
        assertThat(TABLE.expects("0151", "建筑服务")).isFalse();
        assertThat(TABLE.expects("6210", "钢材")).isFalse();
    }

    @Test
    void theTableIsSilentWithoutARowOrForACategoryItDoesNotKnow() {
        assertThat(TABLE.expects("4190", "钢材")).isNull();
        assertThat(TABLE.expects("0151", "tax:10111")).isNull();
        assertThat(TABLE.expects(null, "钢材")).isNull();
    }

    @Test
    void aClassRowWinsOverItsDivision() {
        assertThat(TABLE.peerGroup("5123")).isEqualTo("5123");
        assertThat(TABLE.peerGroup("C5193")).isEqualTo("51");
        assertThat(TABLE.expects("5193", "钢材")).isTrue();
        assertThat(TABLE.expects("5123", "钢材")).isFalse();
    }
}
