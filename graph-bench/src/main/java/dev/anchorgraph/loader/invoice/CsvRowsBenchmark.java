package dev.anchorgraph.loader.invoice;

import dev.anchorgraph.bench.Fixtures;
import dev.anchorgraph.loader.csv.CsvFile;
import dev.anchorgraph.loader.csv.Formats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading invoices.csv rows: the file opened as the loader opens it (header recognised by the export formats), every
 * row's columns read by name. Per row; the file is 100,000 rows in the contract's layout.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvRowsBenchmark {

    static final int ROWS = 100_000;

    private Path file;
    private Formats formats;

    @Setup
    public void invoicesFile() throws IOException {
        file = Files.createTempFile("invoices", ".csv");
        var usccs = Fixtures.usccs(2_000, 1);
        var random = new Random(3);
        var start = LocalDate.of(2026, 1, 1);
        var out = new StringBuilder("invoice_no,seller_uscc,buyer_uscc,issued_on,amount,tax_amount,item_name,kind\n");
        for (int i = 0; i < ROWS; i++) {
            var seller = usccs[random.nextInt(usccs.length)];
            var buyer = usccs[random.nextInt(usccs.length)];
            out.append(String.format(
                    Locale.ROOT,
                    "%08d,%s,%s,%s,%.2f,%.2f,*钢材*热轧钢板,normal%n",
                    i,
                    seller,
                    buyer,
                    start.plusDays(random.nextInt(365)),
                    random.nextDouble() * 100_000,
                    random.nextDouble() * 13_000));
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
        formats = Formats.load(null);
    }

    @TearDown
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long readEveryRow() {
        long chars = 0;
        try (var csv = CsvFile.open(file, StandardCharsets.UTF_8, InvoiceParser.SPEC, formats, null)) {
            for (var row : csv) {
                chars += row.required("invoice_no").length()
                        + row.required("seller_uscc").length()
                        + row.required("buyer_uscc").length()
                        + row.required("issued_on").length()
                        + row.required("amount").length()
                        + row.get("kind").length();
            }
        }
        return chars;
    }
}
