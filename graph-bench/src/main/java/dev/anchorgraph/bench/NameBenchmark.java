package dev.anchorgraph.bench;

import dev.anchorgraph.loader.resolve.NameNormalizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Name normalisation, done for every company name the loader resolves: NFKC, white space out, brackets unified,
 * annotations dropped ({@code normalize}); and the core name with its region ({@code core}), what the matching index
 * keys on.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NameBenchmark {

    private String[] names;
    private int next;

    @Setup
    public void names() {
        names = Fixtures.names(512, 7);
    }

    @Benchmark
    public String normalize() {
        return NameNormalizer.normalize(names[next++ & 511]);
    }

    @Benchmark
    public NameNormalizer.Core core() {
        return NameNormalizer.core(names[next++ & 511]);
    }
}
