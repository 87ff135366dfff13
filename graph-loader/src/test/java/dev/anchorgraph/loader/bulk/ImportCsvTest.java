package dev.anchorgraph.loader.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.loader.graph.ImportGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCsvTest {

    @TempDir
    Path dir;

    final ImportGraph graph = new ImportGraph();

    @Test
    void nodesAreWrittenWithTypedColumnsQuotedStringsAndTheirLabels() throws IOException {
        var c = graph.merge("Company", "uscc", "X1");
        c.addLabel("Anchor");
        c.setAll(Map.of(
                "name",
                "甲\"乙\", 有限公司",
                "registeredCapital",
                5.0E7,
                "foundedOn",
                LocalDate.of(2001, 3, 15),
                "usccValid",
                true,
                "address",
                ""));
        graph.merge("Company", "uscc", "X2").set("level", 4);

        var written = ImportCsv.write(graph, dir);

        assertThat(written.nodeFiles()).containsExactly(dir.resolve("nodes-Company.csv"));
        assertThat(Files.readAllLines(dir.resolve("nodes-Company.csv")))
                .containsExactly(
                        ":ID,:LABEL,address:string,foundedOn:date,level:long,name:string,registeredCapital:double,uscc:string,usccValid:boolean",
                        "0,Company\u001FAnchor,\"\",2001-03-15,,\"甲\"\"乙\"\", 有限公司\",5.0E7,\"X1\",true",
                        "1,Company,,,4,,,\"X2\",");
        assertThat(written.multilineFiles()).isEmpty();
        assertThat(written.nodes()).isEqualTo(2);
    }

    @Test
    void listsAreJoinedByUnitSeparatorsAndEmptyListsAreNamedForBulkFinish() throws IOException {
        var a = graph.merge("Company", "uscc", "A");
        var b = graph.merge("Company", "uscc", "B");
        graph.stream(
                "SUPPLIES",
                () -> List.of(
                                new ImportGraph.Relationship(
                                        a,
                                        "SUPPLIES",
                                        b,
                                        Map.of(
                                                "months",
                                                List.of("2026-05", "2026-06"),
                                                "monthlyAmounts",
                                                List.of(1.5, 2.0),
                                                "categories",
                                                List.of())),
                                new ImportGraph.Relationship(
                                        b, "SUPPLIES", a, Map.of("months", List.of(), "categories", List.of())))
                        .iterator());

        var written = ImportCsv.write(graph, dir);

        assertThat(written.relationships()).isEqualTo(2);
        assertThat(Files.readAllLines(dir.resolve("relationships-SUPPLIES.csv")))
                .containsExactly(
                        ":START_ID,:END_ID,:TYPE,monthlyAmounts:double[],months:string[],_emptyLists:string[]",
                        "0,1,SUPPLIES,1.5\u001F2.0,\"2026-05\u001F2026-06\",\"categories\"",
                        "1,0,SUPPLIES,,,\"categories\u001Fmonths\"");
    }

    @Test
    void aFileWithAValueOnSeveralLinesIsReported() {
        graph.merge("Company", "uscc", "X1").set("address", "深圳市\n南山区");
        assertThat(ImportCsv.write(graph, dir).multilineFiles()).containsExactly(dir.resolve("nodes-Company.csv"));
    }

    @Test
    void listValuesTheFormatCannotCarryStopTheBulkLoad() {
        graph.merge("Party", "key", "k").set("candidates", List.of("a\u001Fb"));
        assertThatThrownBy(() -> ImportCsv.write(graph, dir))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("Party.candidates")
                .hasMessageContaining("U+001F");
        graph.merge("Party", "key", "k").set("candidates", List.of(""));
        assertThatThrownBy(() -> ImportCsv.write(graph, dir.resolve("again")))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("one empty string");
    }

    @Test
    void aPropertyWithTwoTypesIsABug() {
        graph.merge("Company", "uscc", "X1").set("registeredCapital", 5.0);
        graph.merge("Company", "uscc", "X2").set("registeredCapital", 5L);
        assertThatThrownBy(() -> ImportCsv.write(graph, dir))
                .hasMessageContaining("Company.registeredCapital has values of types");
    }

    @Test
    void anEmptyGraphWritesNoFiles() {
        var written = ImportCsv.write(graph, dir);
        assertThat(written.nodeFiles()).isEmpty();
        assertThat(written.relationshipFiles()).isEmpty();
    }
}
