package dev.anchorgraph.loader.invoice;

/**
 * One validated invoice line, reduced to what trade aggregation needs.
 *
 * @param seller   interned company index (see {@link TradeAggregation})
 * @param day      issue date as epoch day
 * @param cents    amount excluding tax, in fen; negative for a red-letter reversal
 * @param category goods category ({@code *category*item}), or {@code null}
 */
record Invoice(int seller, int buyer, int day, long cents, Kind kind, String category) {

    enum Kind {
        NORMAL,
        RED,
        VOID
    }
}
