package dev.anchorgraph.generator;

import java.util.List;
import java.util.Locale;

/**
 * A category of goods or services as it appears between the asterisks of a VAT invoice item ({@code *钢材*螺纹钢}).
 *
 * @param ordinal        position in the bundled table, a compact key
 * @param taxRatePercent the VAT rate: 13 for goods, 9 for farm products and transport, 6 for logistics services
 * @param taxCodeStem    first digits of the 19-digit tax classification code (税收分类编码) of its items; the codes are
 *                       shaped like real ones (1… goods, 2… processing and repair, 3… services), not looked up
 */
record GoodsCategory(int ordinal, String name, int taxRatePercent, String taxCodeStem, List<String> items) {

    static final int TAX_CODE_LENGTH = 19;

    String itemName(int item) {
        return "*" + name + "*" + items.get(item);
    }

    String taxCode(int item) {
        var code = new StringBuilder(TAX_CODE_LENGTH)
                .append(taxCodeStem)
                .append(String.format(Locale.ROOT, "%02d", item + 1));
        while (code.length() < TAX_CODE_LENGTH) {
            code.append('0');
        }
        return code.toString();
    }
}
