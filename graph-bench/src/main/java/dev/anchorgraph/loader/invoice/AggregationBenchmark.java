package dev.anchorgraph.loader.invoice;

import dev.anchorgraph.bench.Fixtures;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Summing validated invoices into trade pairs ({@link TradeAggregation}): interning both firms, then the pair's
 * monthly windows, counts, day mask, categories and the seller's first digits. Per invoice; 1,000,000 invoices
 * among 10,000 firms, most firms trading with a few dozen partners (pairs drawn with a skew, as real trade is).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class AggregationBenchmark {

    static final int INVOICES = 1_000_000;

    private String[] usccs;
    private int[] sellers;
    private int[] buyers;
    private int[] days;
    private long[] cents;
    private Invoice.Kind[] kinds;
    private static final List<String> STEEL = List.of("*钢材*热轧钢板");

    @Setup
    public void invoices() {
        usccs = Fixtures.usccs(10_000, 5);
        var random = new Random(11);
        sellers = new int[INVOICES];
        buyers = new int[INVOICES];
        days = new int[INVOICES];
        cents = new long[INVOICES];
        kinds = new Invoice.Kind[INVOICES];
        for (int i = 0; i < INVOICES; i++) {
            int seller = random.nextInt(usccs.length);
            // a firm's buyers are mostly among 30 partners near it, sometimes anyone
            int buyer = random.nextInt(10) == 0
                    ? random.nextInt(usccs.length)
                    : Math.floorMod(seller + 1 + random.nextInt(30), usccs.length);
            sellers[i] = seller;
            buyers[i] = buyer;
            days[i] = 20_454 + random.nextInt(730); // 2026-01-01 and two years on
            long amount = (long) Math.exp(6 + random.nextGaussian() * 2) * 100;
            var kind = random.nextInt(100) == 0 ? Invoice.Kind.RED : Invoice.Kind.NORMAL;
            cents[i] = kind == Invoice.Kind.RED ? -amount : amount;
            kinds[i] = kind;
        }
    }

    @Benchmark
    @OperationsPerInvocation(INVOICES)
    public int aggregate() {
        var aggregation = new TradeAggregation();
        for (int i = 0; i < INVOICES; i++) {
            int seller = aggregation.intern(usccs[sellers[i]]);
            int buyer = aggregation.intern(usccs[buyers[i]]);
            aggregation.add(new Invoice(seller, buyer, days[i], cents[i], kinds[i], STEEL));
        }
        return aggregation.pairCount();
    }
}
