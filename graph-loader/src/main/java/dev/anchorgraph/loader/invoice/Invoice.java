package dev.anchorgraph.loader.invoice;

/**
 * One validated invoice line, reduced to what trade aggregation needs.
 *
 * @param seller   interned company index (see {@link TradeAggregation})
 * @param day      issue date as epoch day
 * @param cents    amount excluding tax, in fen; negative for a red-letter reversal
 * @param categories goods categories ({@code *category*item}) of its lines, none when it names no goods
 */
record Invoice(int seller, int buyer, int day, long cents, Kind kind, java.util.List<String> categories) {

    enum Kind {
        NORMAL,
        RED,
        VOID
    }
}
