package dev.anchorgraph.generator;

import java.io.IOException;
import java.util.List;

/** Formats invoice rows; item names and tax codes are built once, as millions of rows repeat them. */
final class InvoiceRows {

    static final int ITEMS_PER_CATEGORY = 16;
    private static final long SERIAL_SPACE = 1_000_000_000_000_000L;

    private final Economy economy;
    private final InvoiceWindow window;
    private final List<GoodsCategory> categories = IndustryGoods.bundled().categories();
    private final String[][] itemNames;
    private final String[][] taxCodes;
    private long serial;

    InvoiceRows(Economy economy, long firstSerial) {
        this.economy = economy;
        this.window = economy.window();
        this.serial = firstSerial;
        itemNames = new String[categories.size()][];
        taxCodes = new String[categories.size()][];
        for (var c : categories) {
            itemNames[c.ordinal()] = new String[c.items().size()];
            taxCodes[c.ordinal()] = new String[c.items().size()];
            for (int i = 0; i < c.items().size(); i++) {
                itemNames[c.ordinal()][i] = c.itemName(i);
                taxCodes[c.ordinal()][i] = c.taxCode(i);
            }
        }
    }

    /** Writes an ordinary invoice and returns its serial number, by which a red-letter invoice can refer to it. */
    long normal(CsvOut out, int day, int seller, int buyer, long cents, GoodsCategory category, int item)
            throws IOException {
        return write(out, day, seller, buyer, cents, category, item, "normal", "");
    }

    void voided(CsvOut out, int day, int seller, int buyer, long cents, GoodsCategory category, int item)
            throws IOException {
        write(out, day, seller, buyer, cents, category, item, "void", "");
    }

    void red(
            CsvOut out,
            int day,
            int seller,
            int buyer,
            long negativeCents,
            int itemKey,
            int originalDay,
            long originalSerial)
            throws IOException {
        var category = categories.get(itemKey / ITEMS_PER_CATEGORY);
        write(
                out,
                day,
                seller,
                buyer,
                negativeCents,
                category,
                itemKey % ITEMS_PER_CATEGORY,
                "red",
                number(originalDay, seller, originalSerial));
    }

    private long write(
            CsvOut out,
            int day,
            int seller,
            int buyer,
            long cents,
            GoodsCategory category,
            int item,
            String kind,
            String original)
            throws IOException {
        long number = serial++;
        out.row(
                number(day, seller, number),
                economy.company(seller).uscc(),
                economy.company(buyer).uscc(),
                window.iso(day),
                Formats.money(cents),
                Formats.money(Formats.tax(cents, category.taxRatePercent())),
                itemNames[category.ordinal()][item],
                taxCodes[category.ordinal()][item],
                kind,
                original);
        return number;
    }

    private String number(int day, int seller, long number) {
        var sb = new StringBuilder(20);
        int yy = window.year(day) % 100;
        if (yy < 10) {
            sb.append('0');
        }
        sb.append(yy).append(economy.company(seller).uscc(), 2, 4).append('0');
        var digits = Long.toString(number % SERIAL_SPACE);
        sb.repeat('0', 15 - digits.length()).append(digits);
        return sb.toString();
    }
}
