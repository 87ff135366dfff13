package dev.anchorgraph.loader.invoice;

/**
 * The goods category of an invoice line. VAT invoices name goods as {@code *category*item} ({@code *水果*苹果},
 * {@code *钢材*螺纹钢}); the category is the part between the first two asterisks. Without one, the first five
 * digits of the 19-digit tax classification code stand in ({@code tax:10701}), which group goods the same way.
 */
final class Categories {

    private Categories() {}

    static String of(String itemName, String taxCode) {
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
}
