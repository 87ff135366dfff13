package dev.anchorgraph.loader.invoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Trade} as {@code SUPPLIES} properties and back. Amounts are yuan; the monthly lists cover the rolling
 * window only ({@code windowMonths} months ending with {@code windowEnd}); totals, first and last dates cover all
 * time. {@code activeDays} counts days with an invoice inside the window (their masks are what is kept).
 */
final class TradeProperties {

    private TradeProperties() {}

    static Map<String, Object> of(Trade t, int windowEnd, int windowMonths) {
        var months = new ArrayList<String>();
        var amounts = new ArrayList<Double>();
        var counts = new ArrayList<Long>();
        var masks = new ArrayList<Long>();
        int activeDays = 0;
        for (int i = 0; i < t.size; i++) {
            if (t.months[i] > windowEnd - windowMonths && t.months[i] <= windowEnd) {
                months.add(month(t.months[i]));
                amounts.add(t.monthCents[i] / 100.0);
                counts.add((long) t.monthCounts[i]);
                masks.add((long) t.dayMasks[i]);
                activeDays += Integer.bitCount(t.dayMasks[i]);
            }
        }
        var p = new HashMap<String, Object>();
        p.put("amount", t.cents / 100.0);
        p.put("invoiceCount", (long) t.invoiceCount);
        p.put("redAmount", t.redCents / 100.0);
        p.put("redCount", (long) t.redCount);
        p.put("voidAmount", t.voidCents / 100.0);
        p.put("voidCount", (long) t.voidCount);
        p.put("firstOn", t.firstDay == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(t.firstDay));
        p.put("lastOn", t.lastDay == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(t.lastDay));
        p.put("activeDays", (long) activeDays);
        p.put("months", months);
        p.put("monthlyAmounts", amounts);
        p.put("monthlyCounts", counts);
        p.put("monthlyDayMasks", masks);
        p.put("categories", List.copyOf(t.categories));
        p.put("categoriesOmitted", t.categoriesOmitted > 0 ? (long) t.categoriesOmitted : null);
        p.put("windowEnd", month(windowEnd));
        p.put("windowMonths", (long) windowMonths);
        return p;
    }

    /** Reads back what {@link #of} wrote (from an earlier load), to merge the new invoices into it. */
    static Trade read(Map<String, Object> p) {
        var t = new Trade();
        t.cents = cents(p.get("amount"));
        t.invoiceCount = ((Number) p.getOrDefault("invoiceCount", 0L)).intValue();
        t.redCents = cents(p.get("redAmount"));
        t.redCount = ((Number) p.getOrDefault("redCount", 0L)).intValue();
        t.voidCents = cents(p.get("voidAmount"));
        t.voidCount = ((Number) p.getOrDefault("voidCount", 0L)).intValue();
        if (p.get("firstOn") instanceof LocalDate d) {
            t.firstDay = (int) d.toEpochDay();
        }
        if (p.get("lastOn") instanceof LocalDate d) {
            t.lastDay = (int) d.toEpochDay();
        }
        if (p.get("categories") instanceof List<?> cats) {
            cats.forEach(c -> t.categories.add((String) c));
        }
        t.categoriesOmitted = p.get("categoriesOmitted") instanceof Number n ? n.intValue() : 0;
        var months = list(p, "months");
        var amounts = list(p, "monthlyAmounts");
        var counts = list(p, "monthlyCounts");
        var masks = list(p, "monthlyDayMasks");
        for (int i = 0; i < months.size(); i++) {
            var m = (String) months.get(i);
            int slot = t.slot(Integer.parseInt(m.substring(0, 4)) * 12 + Integer.parseInt(m.substring(5, 7)) - 1);
            t.monthCents[slot] = cents(amounts.get(i));
            t.monthCounts[slot] = ((Number) counts.get(i)).intValue();
            t.dayMasks[slot] = ((Number) masks.get(i)).intValue();
        }
        return t;
    }

    static String month(int index) {
        // by hand: this runs for every month of every pair, and String.formatted is slow
        int year = index / 12;
        int month = index % 12 + 1;
        var text = new StringBuilder(7);
        for (int digits = year < 10 ? 3 : year < 100 ? 2 : year < 1000 ? 1 : 0; digits > 0; digits--) {
            text.append('0');
        }
        return text.append(year).append(month < 10 ? "-0" : "-").append(month).toString();
    }

    private static long cents(Object yuan) {
        return yuan == null ? 0 : Math.round(((Number) yuan).doubleValue() * 100);
    }

    private static List<?> list(Map<String, Object> p, String key) {
        return p.get(key) instanceof List<?> l ? l : List.of();
    }
}
