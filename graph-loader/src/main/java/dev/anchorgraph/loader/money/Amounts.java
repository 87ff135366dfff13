package dev.anchorgraph.loader.money;

import dev.anchorgraph.loader.csv.Reject;
import dev.anchorgraph.loader.csv.RejectReason;
import dev.anchorgraph.loader.csv.Row;
import dev.anchorgraph.loader.csv.Values;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads capital as registry extracts write it: a number, a unit (万, 亿, 千) and a currency, the currency before or
 * after (人民币500万, 500万元人民币, 1000万美元, 10824311 美元, USD 1,000,000, ￥500万). No currency means CNY, the
 * registry's own; 元 alone is CNY too, and only after a longer currency name (美元, 港元…) has been taken out.
 */
public final class Amounts {

    /** Currency words, longest first so that 新加坡元 is found before 元 and 澳门元 before 澳元. */
    private static final List<Map.Entry<String, String>> WORDS = List.of(
            Map.entry("新加坡元", "SGD"),
            Map.entry("加拿大元", "CAD"),
            Map.entry("瑞士法郎", "CHF"),
            Map.entry("新台币", "TWD"),
            Map.entry("澳门元", "MOP"),
            Map.entry("人民币", "CNY"),
            Map.entry("美元", "USD"),
            Map.entry("美金", "USD"),
            Map.entry("港元", "HKD"),
            Map.entry("港币", "HKD"),
            Map.entry("欧元", "EUR"),
            Map.entry("日元", "JPY"),
            Map.entry("英镑", "GBP"),
            Map.entry("澳元", "AUD"),
            Map.entry("加元", "CAD"),
            Map.entry("韩元", "KRW"),
            Map.entry("US$", "USD"),
            Map.entry("HK$", "HKD"),
            Map.entry("RMB", "CNY"),
            Map.entry("￥", "CNY"),
            Map.entry("¥", "CNY"));

    private static final Pattern CODE_FIRST = Pattern.compile("^([A-Z]{3})(?=[0-9.])");
    private static final Pattern CODE_LAST = Pattern.compile("(?<=[0-9.万亿千元])([A-Z]{3})$");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+");

    private Amounts() {}

    /**
     * The money of an optional column: unreadable, it is dropped and the row flagged ({@code dropped_<column>}); in a
     * currency the rates table lacks, it is kept without a CNY equivalent and flagged {@code no_fx_rate}.
     */
    public static Money read(Row row, String column, FxRates rates) {
        var money = Values.optional(row, column, r -> parse(column, r.get(column), rates));
        if (money != null && money.cny() == null) {
            row.flag(
                    "no_fx_rate",
                    column + " '" + row.get(column) + "': no rate for " + money.currency() + " in the rates table ("
                            + rates.asOf() + ")");
        }
        return money;
    }

    /** The money {@code raw} states, or a {@link Reject} naming {@code column}; {@code null} when empty. */
    public static Money parse(String column, String raw, FxRates rates) {
        var s = Normalizer.normalize(raw, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        String currency = null;
        for (var word : WORDS) {
            var at = s.indexOf(word.getKey());
            if (at >= 0) {
                currency = word.getValue();
                s = s.substring(0, at) + s.substring(at + word.getKey().length());
                break;
            }
        }
        if (currency == null) {
            for (var code : List.of(CODE_FIRST, CODE_LAST)) {
                var m = code.matcher(s);
                if (m.find()) {
                    currency = m.group(1);
                    s = s.substring(0, m.start()) + s.substring(m.end());
                    break;
                }
            }
        }
        if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1);
        }
        var multiplier = BigDecimal.ONE;
        if (s.endsWith("万") || s.endsWith("亿") || s.endsWith("千")) {
            multiplier = BigDecimal.TEN.pow(s.endsWith("万") ? 4 : s.endsWith("亿") ? 8 : 3);
            s = s.substring(0, s.length() - 1);
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new Reject(
                    RejectReason.INVALID_AMOUNT,
                    column + " '" + raw + "' is not an amount of money (e.g. 500万元, 1000万美元, USD 1,000,000)");
        }
        var amount = new BigDecimal(s.replace(",", "")).multiply(multiplier).stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
        var code = currency == null ? "CNY" : currency;
        return new Money(amount, code, rates.toCny(amount, code));
    }
}
