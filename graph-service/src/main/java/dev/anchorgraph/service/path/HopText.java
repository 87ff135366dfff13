package dev.anchorgraph.service.path;

import dev.anchorgraph.service.risk.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.neo4j.driver.types.Relationship;

/**
 * One relationship in words, always in its graph direction: who sells to whom, who holds or serves whom. In the
 * language the caller asks for ({@code Accept-Language}, as for risk reasons): English, or Chinese with amounts in
 * 万/亿 as Chinese readers count them.
 */
final class HopText {

    /** Officer roles as the loader normalises them (its Vocabulary), in Chinese; other roles are shown as stored. */
    private static final Map<String, String> ROLES_ZH = Map.of(
            "legal_representative",
            "法定代表人",
            "director",
            "董事",
            "chairman",
            "董事长",
            "executive_director",
            "执行董事",
            "supervisor",
            "监事",
            "chief_supervisor",
            "监事会主席",
            "manager",
            "经理",
            "general_manager",
            "总经理",
            "financial_officer",
            "财务负责人");

    private HopText() {}

    static String describe(Relationship r, String startLabel, String endLabel) {
        return describe(r, startLabel, endLabel, Language.EN);
    }

    static String describe(Relationship r, String startLabel, String endLabel, Language lang) {
        return lang == Language.ZH
                ? chinese(r, startLabel, endLabel)
                : switch (r.type()) {
                    case "SUPPLIES" -> startLabel + " sells to " + endLabel + trade(r);
                    case "HOLDS_SHARES" ->
                        r.get("stake").isNull()
                                ? startLabel + " is a shareholder of " + endLabel
                                : startLabel + " holds "
                                        + percent(r.get("stake").asDouble()) + " of " + endLabel;
                    case "OFFICER_OF" -> startLabel + " is " + r.get("role").asString("an officer") + " of " + endLabel;
                    default -> startLabel + " " + r.type() + " " + endLabel;
                };
    }

    private static String chinese(Relationship r, String startLabel, String endLabel) {
        return switch (r.type()) {
            case "SUPPLIES" -> startLabel + "向" + endLabel + "供货" + tradeZh(r);
            case "HOLDS_SHARES" ->
                r.get("stake").isNull()
                        ? startLabel + "是" + endLabel + "的股东"
                        : startLabel + "持有" + endLabel + " "
                                + percent(r.get("stake").asDouble()) + "股份";
            case "OFFICER_OF" -> {
                var role = r.get("role").asString(null);
                yield startLabel + "任" + endLabel + (role == null ? "高管" : ROLES_ZH.getOrDefault(role, role));
            }
            default -> startLabel + " " + r.type() + " " + endLabel;
        };
    }

    /** "（12个月共120万元）". */
    private static String tradeZh(Relationship r) {
        if (r.get("amount").isNull()) {
            return "";
        }
        var amount = compactZh(r.get("amount").asDouble()) + "元";
        if (r.get("firstOn").isNull() || r.get("lastOn").isNull()) {
            return "（共" + amount + "）";
        }
        return "（" + months(r.get("firstOn").asLocalDate(), r.get("lastOn").asLocalDate()) + "个月共" + amount + "）";
    }

    /** 850, 1.3万, 120万, 3亿: one decimal at most. */
    static String compactZh(double amount) {
        var abs = Math.abs(amount);
        if (abs >= 1e8) {
            return oneDecimal(amount / 1e8) + "亿";
        }
        if (abs >= 1e4) {
            return oneDecimal(amount / 1e4) + "万";
        }
        return BigDecimal.valueOf(amount).setScale(0, RoundingMode.HALF_UP).toPlainString();
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
        return BigDecimal.valueOf(x)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
