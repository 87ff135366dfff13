package dev.anchorgraph.loader.money;

import java.math.BigDecimal;

/**
 * An amount of money as an extract states it, with its CNY equivalent.
 *
 * @param amount   the amount in {@code currency}, units applied ({@code 500万美元} → 5000000)
 * @param currency ISO 4217 code
 * @param cny      the CNY equivalent by the rates table, to the fen; {@code null} when the table has no rate for the
 *                 currency (the amount is still kept)
 */
public record Money(BigDecimal amount, String currency, BigDecimal cny) {

    public Double amountValue() {
        return amount.doubleValue();
    }

    /** {@code <what>_in_<currency>} for money in another currency than CNY, else {@code null}: a report count. */
    public static String foreignDetail(String what, Money money) {
        return money == null || money.currency().equals("CNY") ? null : what + "_in_" + money.currency();
    }

    public Double cnyValue() {
        return cny == null ? null : cny.doubleValue();
    }
}
