package dev.anchorgraph.loader.csv;

/**
 * The goods category of an invoice line. VAT invoices name goods as {@code *category*item} ({@code *水果*苹果},
 * {@code *钢材*螺纹钢}); the category is the part between the first two asterisks. Without one, the first five
 * digits of the 19-digit tax classification code stand in ({@code tax:10701}), which group goods the same way. Here,
 * not with the invoices, because a line-item export (发票明细) names the goods of each line: an invoice takes the
 * categories of all its lines.
 */
public final class Categories {

    private Categories() {}

    /** Separates the categories of an invoice's lines in the value {@link LineItems} gives it. */
    static final String SEPARATOR_TEXT = "\u001F";

    /**
     * @param taxCode a valid 19-digit tax classification code ({@link #validTaxCode}), or {@code null}
     * @return the category, or {@code null} when neither names one
     */
    public static String of(String itemName, String taxCode) {
        if (itemName != null && itemName.length() > 2 && (itemName.charAt(0) == '*' || itemName.charAt(0) == '＊')) {
            var rest = itemName.substring(1);
            int end = Math.max(rest.indexOf('*'), rest.indexOf('＊'));
            if (rest.indexOf('*') >= 0 && rest.indexOf('＊') >= 0) {
                end = Math.min(rest.indexOf('*'), rest.indexOf('＊'));
            }
            if (end > 0) {
                return rest.substring(0, end).strip();
            }
        }
        return taxCode == null ? null : "tax:" + taxCode.substring(0, 5);
    }

    /** Whether a tax classification code is the 19 digits of the national catalogue. */
    public static boolean validTaxCode(String code) {
        if (code == null || code.length() != 19) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The categories {@link LineItems} put in an invoice's {@code item_categories}, in the order of its lines. */
    public static java.util.List<String> split(String joined) {
        return joined.isEmpty() ? java.util.List.of() : java.util.List.of(joined.split(SEPARATOR_TEXT));
    }
}
