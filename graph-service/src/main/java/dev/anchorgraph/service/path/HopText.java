package dev.anchorgraph.service.path;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.neo4j.driver.types.Relationship;

/** One relationship in words, always in its graph direction: who sells to whom, who holds or serves whom. */
final class HopText {

    private HopText() {}

    static String describe(Relationship r, String startLabel, String endLabel) {
        return switch (r.type()) {
            case "SUPPLIES" -> startLabel + " sells to " + endLabel + trade(r);
            case "HOLDS_SHARES" -> r.get("stake").isNull() ? startLabel + " is a shareholder of " + endLabel
                    : startLabel + " holds " + percent(r.get("stake").asDouble()) + " of " + endLabel;
            case "OFFICER_OF" -> startLabel + " is " + r.get("role").asString("an officer") + " of " + endLabel;
            default -> startLabel + " " + r.type() + " " + endLabel;
        };
    }

    /** " (CNY 1.2M over 12 months)": the net amount and the months from the first to the last invoice. */
    private static String trade(Relationship r) {
        if (r.get("amount").isNull()) {
            return "";
        }
        var amount = "CNY " + compact(r.get("amount").asDouble());
        if (r.get("firstOn").isNull() || r.get("lastOn").isNull()) {
            return " (" + amount + ")";
        }
        var months = months(r.get("firstOn").asLocalDate(), r.get("lastOn").asLocalDate());
        return " (" + amount + " over " + months + (months == 1 ? " month)" : " months)");
    }

    static long months(LocalDate first, LocalDate last) {
        return (last.getYear() * 12L + last.getMonthValue()) - (first.getYear() * 12L + first.getMonthValue()) + 1;
    }

    /** 850, 12.5K, 1.2M, 3B: one decimal at most, as a reader skims it. */
    static String compact(double amount) {
        var abs = Math.abs(amount);
        if (abs >= 1e9) {
            return oneDecimal(amount / 1e9) + "B";
        }
        if (abs >= 1e6) {
            return oneDecimal(amount / 1e6) + "M";
        }
        if (abs >= 1e3) {
            return oneDecimal(amount / 1e3) + "K";
        }
        return BigDecimal.valueOf(amount).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(double stake) {
        return oneDecimal(stake * 100) + "%";
    }

    private static String oneDecimal(double x) {
        return BigDecimal.valueOf(x).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
