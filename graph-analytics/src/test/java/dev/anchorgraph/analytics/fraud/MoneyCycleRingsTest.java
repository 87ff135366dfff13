package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Rings in data our generator did not write, shaped like the public anti-money-laundering simulator's labelled
 * samples (IBM AMLSim): 20,000 accounts over 720 days, about 118,000 transfers of 100 to 1,000 between random
 * accounts (one giant strongly connected component), some paid back to the sender at a fixed interval of 1 to 8
 * weeks (the simulator's "mutual" model: ordinary 2-cycles of unrelated amounts), and 200 planted cycles of 2 to 8 accounts where each hop passes on the amount less a 10 %
 * margin, one hop every few days. Loaded as invoices, each transfer is a sale of the receiver to the sender.
 */
class MoneyCycleRingsTest {

    static final int ACCOUNTS = 20_000;
    static final int DAYS = 720;

    record Transfer(int from, int to, int day, double amount) {}

    @Test
    void plantedMoneyCyclesAreFoundWithRecallAboveSixtyAndPrecisionAboveEightyPercent() {
        var r = new SplittableRandom(117_805);
        var transfers = new ArrayList<Transfer>();
        for (int i = 0; i < 110_000; i++) {
            int a = r.nextInt(ACCOUNTS);
            int b = r.nextInt(ACCOUNTS);
            if (a != b) {
                transfers.add(new Transfer(a, b, r.nextInt(DAYS), 100 + 900 * r.nextDouble()));
            }
        }
        for (int i = 0; i < 1_000; i++) { // mutual: an account pays back a previous sender at a fixed interval
            int a = r.nextInt(ACCOUNTS);
            int b = r.nextInt(ACCOUNTS);
            int day = r.nextInt(DAYS / 2);
            int interval = 7 + r.nextInt(54);
            int times = 1 + r.nextInt(12);
            if (a != b) {
                transfers.add(new Transfer(a, b, day, 100 + 900 * r.nextDouble()));
                for (int d = day + 1 + r.nextInt(interval), k = 0; d < DAYS && k < times; d += interval, k++) {
                    transfers.add(new Transfer(b, a, d, 100 + 900 * r.nextDouble()));
                }
            }
        }
        Set<String> planted = new HashSet<>();
        for (int k = 0; k < 200; k++) {
            int size = 2 + k % 7;
            var members = new ArrayList<Integer>();
            while (members.size() < size) {
                int m = r.nextInt(ACCOUNTS);
                if (!members.contains(m)) {
                    members.add(m);
                }
            }
            double amount = 500 + 500 * r.nextDouble();
            int day = r.nextInt(DAYS - 8 * 7);
            for (int i = 0; i < size; i++) {
                transfers.add(new Transfer(members.get(i), members.get((i + 1) % size), day, amount));
                amount *= 0.9;
                day += 1 + r.nextInt(6);
            }
            members.forEach(m -> planted.add(account(m)));
        }

        var flagged = new HashSet<String>();
        new RingFinder(asInvoices(transfers)).find().rings().forEach(ring -> flagged.addAll(ring.members()));

        var hits = new HashSet<>(flagged);
        hits.retainAll(planted);
        assertThat(hits.size() / (double) planted.size())
                .as("recall: %d of %d members", hits.size(), planted.size())
                .isGreaterThanOrEqualTo(0.6);
        assertThat(hits.size() / (double) flagged.size())
                .as("precision: %d of %d flagged", hits.size(), flagged.size())
                .isGreaterThanOrEqualTo(0.8);
    }

    /** Each pair's transfers as the pair's monthly sales (the receiver sells to the sender), trimmed. */
    static LegGraph asInvoices(List<Transfer> transfers) {
        Map<Long, double[]> series = new HashMap<>();
        Map<Long, long[]> weeks = new HashMap<>();
        for (var t : transfers) {
            long pair = (long) t.to() * ACCOUNTS + t.from();
            series.computeIfAbsent(pair, k -> new double[24])[23 - Math.min(23, t.day() / 30)] += t.amount();
            weeks.computeIfAbsent(pair, k -> new long[2])[t.day() / 7 / 64] |= 1L << (t.day() / 7 % 64);
        }
        var pairs = new TradePairs();
        series.forEach((key, months) -> pairs.add(
                account((int) (key / ACCOUNTS)),
                account((int) (key % ACCOUNTS)),
                months,
                weeks.get(key)[0],
                weeks.get(key)[1]));
        return pairs.trimmed();
    }

    static String account(int a) {
        return "A%05d".formatted(a);
    }
}
