package dev.anchorgraph.loader.invoice;

import dev.anchorgraph.loader.csv.Categories;
import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.csv.Reject;
import dev.anchorgraph.loader.csv.RejectReason;
import dev.anchorgraph.loader.csv.Row;
import dev.anchorgraph.loader.csv.Values;
import dev.anchorgraph.loader.ingest.LoadContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Validates invoices.csv rows. Void invoices are kept (they are counted, not traded); a negative amount is a
 * red-letter reversal whatever its kind column says; a duplicate invoice number within the load is a reject.
 */
final class InvoiceParser {

    static final FileSpec SPEC = new FileSpec(
            "invoices.csv",
            List.of("invoice_no", "seller_uscc", "buyer_uscc", "issued_on", "amount"),
            List.of("tax_amount", "item_name", "tax_code", "kind", "original_invoice_no"));

    static final Map<String, String> KIND = Map.of(
            "normal", "normal", "blue", "normal", "正数", "normal", "蓝字", "normal", "red", "red", "红字", "red", "负数",
            "red", "void", "void", "voided", "void", "作废", "void");

    private final LoadContext context;
    private final TradeAggregation aggregation;
    private final InvoiceNumbers seen = new InvoiceNumbers();

    InvoiceParser(LoadContext context, TradeAggregation aggregation) {
        this.context = context;
        this.aggregation = aggregation;
    }

    Invoice parse(Row row) {
        var number = row.required("invoice_no");
        var seller = company(row, "seller_uscc");
        var buyer = company(row, "buyer_uscc");
        if (seller.equals(buyer)) {
            throw new Reject(RejectReason.SELF_TRADE, "seller and buyer are both " + seller);
        }
        var issued = Values.date(row, "issued_on");
        if (issued == null) {
            throw new Reject(RejectReason.MISSING_VALUE, "issued_on is empty");
        }
        var amount = Values.amount(row, "amount");
        if (amount == null) {
            throw new Reject(RejectReason.MISSING_VALUE, "amount is empty");
        }
        Values.optional(row, "tax_amount", r -> Values.amount(r, "tax_amount"));
        var kindWord = Values.optional(row, "kind", r -> Values.oneOf(r, "kind", KIND));
        var cents = amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        var kind = kindOf(kindWord, cents, row);
        if (kind == Invoice.Kind.RED) {
            cents = -Math.abs(cents);
        }
        var categories = categories(row);
        if (!seen.add(number)) {
            throw new Reject(RejectReason.DUPLICATE_KEY, "invoice_no " + number + " appears earlier in this load");
        }
        return new Invoice(
                aggregation.intern(seller),
                aggregation.intern(buyer),
                (int) issued.toEpochDay(),
                cents,
                kind,
                categories);
    }

    private static Invoice.Kind kindOf(String word, long cents, Row row) {
        if ("void".equals(word)) {
            return Invoice.Kind.VOID;
        }
        if ("red".equals(word) || cents < 0) {
            if (row.get("original_invoice_no").isEmpty()) {
                row.flag("red_without_original");
            }
            return Invoice.Kind.RED;
        }
        return Invoice.Kind.NORMAL;
    }

    private String company(Row row, String column) {
        var uscc = Values.uscc(row, column).value();
        if (!context.companyExists(uscc)) {
            throw new Reject(
                    RejectReason.UNKNOWN_COMPANY, column + " " + uscc + " is not in companies.csv nor in the graph");
        }
        return uscc;
    }

    /** The invoice's own goods category, or those of all its lines when a line-item export completed it. */
    private static List<String> categories(Row row) {
        var own = Categories.of(row.get("item_name"), taxCode(row));
        var lines = Categories.split(row.get("item_categories"));
        if (!lines.isEmpty()) {
            return lines;
        }
        return own == null ? List.of() : List.of(own);
    }

    private static String taxCode(Row row) {
        var code = row.get("tax_code");
        if (code.isEmpty()) {
            return null;
        }
        if (!Categories.validTaxCode(code)) {
            row.flag("invalid_tax_code");
            return null;
        }
        return code;
    }
}
