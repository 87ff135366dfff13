package dev.anchorgraph.bench;

import dev.anchorgraph.uscc.Uscc;
import java.util.Locale;
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
 * The USCC check every row of every input file goes through: normalise (trim, inner spaces, upper case), the
 * format, then the GB 32100 checksum. A quarter of the codes come lower-case with a space, as exports have them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UsccBenchmark {

    private String[] codes;
    private int next;

    @Setup
    public void codes() {
        codes = Fixtures.usccs(1024, 42);
        for (int i = 0; i < codes.length; i += 4) {
            codes[i] = " " + codes[i].substring(0, 9).toLowerCase(Locale.ROOT) + " " + codes[i].substring(9);
        }
    }

    @Benchmark
    public boolean parseAndCheck() {
        var code = codes[next++ & 1023];
        return Uscc.tryParse(code).map(Uscc::checksumValid).orElse(false);
    }
}
