package dev.anchorgraph.service.trade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds buyer rows (largest first) into monthly series: the first {@code top} buyers kept one by one, the rest
 * summed. Memory is O(top × months) whatever the number of buyers.
 */
final class SalesByBuyer {

    private final List<String> window;
    private final Map<String, Integer> index = new HashMap<>();
    private final int top;
    private final double[] total;
    private final double[] others;
    private final List<MonthlySales.Buyer> buyers = new ArrayList<>();
    private int otherBuyers;
    private double otherAmount;

    SalesByBuyer(List<String> window, int top) {
        this.window = window;
        this.top = top;
        this.total = new double[window.size()];
        this.others = new double[window.size()];
        for (int i = 0; i < window.size(); i++) {
            index.put(window.get(i), i);
        }
    }

    SalesByBuyer add(SalesController.BuyerRow row) {
        var monthly = new double[window.size()];
        for (int i = 0; i < row.months().size(); i++) {
            var at = index.get(row.months().get(i));
            if (at != null) {
                monthly[at] += row.amounts().get(i);
                total[at] += row.amounts().get(i);
            }
        }
        if (buyers.size() < top) {
            buyers.add(new MonthlySales.Buyer(
                    row.uscc(), row.name(), row.large(), row.anchor(), row.amount(), list(monthly)));
        } else {
            otherBuyers++;
            otherAmount += row.amount();
            for (int i = 0; i < monthly.length; i++) {
                others[i] += monthly[i];
            }
        }
        return this;
    }

    MonthlySales result(String uscc, String name, LocalDate asOf) {
        return new MonthlySales(
                uscc,
                name,
                asOf,
                window,
                list(total),
                List.copyOf(buyers),
                new MonthlySales.Others(otherBuyers, otherAmount, list(others)));
    }

    private static List<Double> list(double[] values) {
        var result = new ArrayList<Double>(values.length);
        for (var v : values) {
            result.add(v);
        }
        return List.copyOf(result);
    }
}
