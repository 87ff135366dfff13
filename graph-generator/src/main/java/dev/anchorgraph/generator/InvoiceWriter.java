package dev.anchorgraph.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Writes {@code invoices.csv} month by month, streaming: only per-edge state (the last ordinary invoice of each
 * pair, which a red-letter invoice may reverse) is held, never the invoices. Each month starts with the planted
 * invoices falling in it, then the ordinary ones, pair by pair in date order.
 *
 * <p>Invoice numbers follow the fully digitalised e-invoice (数电票) layout: 2-digit year, the seller's 2-digit
 * province code, a channel digit, then a 15-digit serial number that runs through the file, which makes them unique.
 */
final class InvoiceWriter {

    static final String FILE = "invoices.csv";
    static final String[] HEADER = {
        "invoice_no",
        "seller_uscc",
        "buyer_uscc",
        "issued_on",
        "amount",
        "tax_amount",
        "item_name",
        "tax_code",
        "kind",
        "original_invoice_no"
    };
    private static final double RED_SHARE = 0.01;
    private static final double VOID_SHARE = 0.005;
    /** Spread of one invoice's amount around the pair's median. */
    private static final double AMOUNT_SIGMA = 0.6;

    private final Economy economy;
    private final TradeNetwork trade;
    private final InvoiceWindow window;
    private final RandomGenerator r;
    private final InvoiceRows rows;
    private final long[] lastSerial;
    private final long[] lastCents;
    private final int[] lastDay;
    private final short[] lastItem;
    private int[] days = new int[64];

    InvoiceWriter(Economy economy, RandomGenerator r) {
        this.economy = economy;
        this.trade = economy.trade();
        this.window = economy.window();
        this.r = r;
        this.rows = new InvoiceRows(economy, r.nextLong(1, 1_000_000_000_000L));
        int edges = trade.size();
        lastSerial = new long[edges];
        Arrays.fill(lastSerial, -1);
        lastCents = new long[edges];
        lastDay = new int[edges];
        lastItem = new short[edges];
    }

    FileSummary write(Path dir, long total) throws IOException {
        var planned = economy.anomalies().invoices();
        var volume = new MonthlyVolume(economy, r);
        var monthTotals = volume.monthTotals(total - planned.size());
        try (var out = CsvOut.open(dir, FILE, HEADER)) {
            int next = 0;
            for (int m = 0; m < window.months(); m++) {
                for (; next < planned.size() && window.monthOf(planned.get(next).day()) == m; next++) {
                    var p = planned.get(next);
                    rows.normal(out, p.day(), p.seller(), p.buyer(), p.cents(), p.category(), p.item());
                }
                var counts = volume.counts(m, monthTotals[m]);
                for (int e = 0; e < counts.length; e++) {
                    if (counts[e] > 0) {
                        writePair(out, e, m, counts[e]);
                    }
                }
            }
            return out.summary();
        }
    }

    private void writePair(CsvOut out, int edge, int month, int count) throws IOException {
        if (days.length < count) {
            days = new int[Math.max(count, days.length * 2)];
        }
        for (int i = 0; i < count; i++) {
            days[i] = window.businessDay(r, month);
        }
        Arrays.sort(days, 0, count);
        for (int i = 0; i < count; i++) {
            var x = r.nextDouble();
            if (x < RED_SHARE && lastSerial[edge] >= 0) {
                writeRed(out, edge, days[i]);
            } else {
                writeOrdinary(out, edge, days[i], x < RED_SHARE + VOID_SHARE);
            }
        }
    }

    private void writeOrdinary(CsvOut out, int edge, int day, boolean voided) throws IOException {
        var seller = economy.company(trade.seller(edge));
        var goods = seller.industry().goods();
        // Most invoices of a pair are for the seller's main line of goods.
        var category = goods.size() == 1 || Draw.chance(r, 0.75) ? goods.getFirst() : Draw.pick(r, goods);
        int item = r.nextInt(category.items().size());
        long cents = Math.min(
                seller.scale().maxInvoiceCents(),
                Math.max(100, Math.round(Draw.logNormal(r, trade.typicalYuan(edge), AMOUNT_SIGMA) * 100)));
        if (voided) {
            rows.voided(out, day, seller.index(), trade.buyer(edge), cents, category, item);
            return;
        }
        lastSerial[edge] = rows.normal(out, day, seller.index(), trade.buyer(edge), cents, category, item);
        lastCents[edge] = cents;
        lastDay[edge] = day;
        lastItem[edge] = (short) (category.ordinal() * InvoiceRows.ITEMS_PER_CATEGORY + item);
    }

    /** Reverses the pair's last ordinary invoice, in full or (returns, price adjustments) in part. */
    private void writeRed(CsvOut out, int edge, int day) throws IOException {
        boolean full = Draw.chance(r, 0.7);
        long cents = full ? lastCents[edge] : Math.max(1, Math.round(lastCents[edge] * (0.1 + 0.8 * r.nextDouble())));
        rows.red(
                out,
                day,
                trade.seller(edge),
                trade.buyer(edge),
                -cents,
                lastItem[edge],
                lastDay[edge],
                lastSerial[edge]);
        if (full || cents == lastCents[edge]) {
            lastSerial[edge] = -1;
        } else {
            lastCents[edge] -= cents;
        }
    }
}
