package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The shape real trade has and our generator's supply chains never had: one strongly connected component holding
 * every firm. A million firms on one long loop of ordinary trade plus a million random chords, all trading steadily
 * at unrelated amounts (days not known), with 60 rings of 2 to 8 firms planted among them; the ring part of the fraud step (trim,
 * components, search) runs on a worker thread with the default stack.
 */
class GiantTradeLoopTest {

    static final int FIRMS = 1_000_000;
    static final int STEADY = (1 << 24) - 1;

    @Test
    void aMillionFirmComponentIsSearchedOnTheDefaultStackAndItsPlantedRingsAreFound() throws Exception {
        var r = new SplittableRandom(20261203);
        var pairs = new TradePairs();
        for (int v = 0; v < FIRMS; v++) {
            pairs.add(firm(v), firm((v + 1) % FIRMS), steady(r), -1L, -1L);
            int chord = r.nextInt(FIRMS);
            if (chord != v) {
                pairs.add(firm(v), firm(chord), steady(r), -1L, -1L);
            }
        }
        var planted = new HashSet<List<String>>();
        for (int k = 0; k < 60; k++) {
            int size = 2 + k % 7;
            var members = new ArrayList<Integer>();
            while (members.size() < size) {
                int m = r.nextInt(FIRMS);
                if (!members.contains(m)) {
                    members.add(m);
                }
            }
            double amount = 50_000 + r.nextDouble() * 500_000;
            int month = r.nextInt(23);
            long week = 1L << r.nextInt(60);
            for (int i = 0; i < size; i++) {
                var series = new double[24];
                series[month] = amount * (1 + 0.003 * i);
                pairs.add(firm(members.get(i)), firm(members.get((i + 1) % size)), series, week, 0);
            }
            int first = members.indexOf(members.stream().min(Integer::compare).orElseThrow());
            var canonical = new ArrayList<String>();
            for (int i = 0; i < size; i++) {
                canonical.add(firm(members.get((first + i) % size)));
            }
            planted.add(List.copyOf(canonical));
        }

        var result = new AtomicReference<RingFinder.Result>();
        var failure = new AtomicReference<Throwable>();
        var worker = new Thread(() -> result.set(new RingFinder(pairs.trimmed()).find()));
        worker.setUncaughtExceptionHandler((t, e) -> failure.set(e));
        worker.start();
        worker.join();

        assertThat(failure.get()).isNull();
        var rings = result.get();
        assertThat(rings.largestComponent()).isEqualTo(FIRMS);
        assertThat(rings.complete()).isTrue();
        assertThat(rings.truncatedFirms()).isZero();
        var found = rings.rings().stream().map(RingFinder.Ring::members).toList();
        assertThat(found).containsAll(planted);
        assertThat(found.size())
                .as("rings found beyond the planted ones")
                .isLessThanOrEqualTo(planted.size() + planted.size() / 4);
    }

    static String firm(int v) {
        return "F%07d".formatted(v);
    }

    /** Ordinary trade: every month of the window, at an amount spread over two orders of magnitude. */
    static double[] steady(SplittableRandom r) {
        var series = new double[24];
        double monthly = Math.exp(r.nextGaussian() * 1.2) * 20_000;
        for (int i = 0; i < series.length; i++) {
            series[i] = monthly * (0.5 + r.nextDouble());
        }
        return series;
    }
}
