package dev.anchorgraph.loader.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineItemsTest {

    static final String HEADER = "序号,数电发票号码,税收分类编码,货物或应税劳务名称,数量,金额\n";

    @TempDir
    Path dir;

    @Test
    void anInvoiceTakesTheLargestLinesGoodsAndTheCategoriesOfAllItsLines() throws IOException {
        var file = write(HEADER
                + "1,25442000000012345601,1080206010000000000,*钢材*热轧卷板,2.5,\"10,000.00\"\n"
                + "2,25442000000012345601,1090311990000000000,*金属制品*六角螺栓,1000,\"12,345.67\"\n"
                + "3,25442000000012345601,1080206010000000000,*钢材*螺纹钢,1,5.00\n"
                + "4,25442000000012345601,1070214010000000000,样品,1,0.01\n"
                + "5,25442000000012345602,123,*涂料*水性涂料,1,-200.00\n");

        var items = LineItems.read(file, null, Formats.load(null));

        var first = items.get("25442000000012345601");
        assertThat(first[0]).isEqualTo("*金属制品*六角螺栓");
        assertThat(first[1]).isEqualTo("1090311990000000000");
        assertThat(Categories.split(first[2])).containsExactly("钢材", "金属制品", "tax:10702");
        var second = items.get("25442000000012345602");
        // a malformed tax code is passed on (the invoice flags it) but names no category
        assertThat(second[1]).isEqualTo("123");
        assertThat(Categories.split(second[2])).containsExactly("涂料");
    }

    @Test
    void aLineWithNeitherACategoryNorATaxCodeLeavesTheInvoiceWithoutCategories() throws IOException {
        var file = write(HEADER + "1,25442000000012345603,,螺纹钢,1,1.00\n");

        var items = LineItems.read(file, null, Formats.load(null));

        assertThat(items.get("25442000000012345603")[2]).isEmpty();
        assertThat(Categories.split("")).isEmpty();
    }

    private Path write(String text) throws IOException {
        var file = dir.resolve("发票明细.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
