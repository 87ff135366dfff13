package dev.anchorgraph.loader.csv;

import java.util.Locale;

/** Why a row was rejected. The codes (lower case) are stable: they appear in rejects files and reports. */
public enum RejectReason {
    /** the row has more or fewer fields than the header */
    COLUMN_COUNT,
    /** a required value is empty */
    MISSING_VALUE,
    /** a USCC has the wrong length or a character outside its alphabet */
    MALFORMED_USCC,
    /** a date is not YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD, or not a real date */
    INVALID_DATE,
    /** an amount is not a plain decimal (thousands separators allowed) */
    INVALID_AMOUNT,
    /** a value outside its allowed set (status, kind, role, holder type …) */
    INVALID_VALUE,
    /** a number outside its range (a stake above 100 %) */
    OUT_OF_RANGE,
    /** the row's key appeared earlier in the same load (a company, case or invoice number) */
    DUPLICATE_KEY,
    /** a referenced company is neither in this load nor in the graph */
    UNKNOWN_COMPANY,
    /** a referenced case is neither in this load nor in the graph */
    UNKNOWN_CASE,
    /** an invoice whose seller is its buyer */
    SELF_TRADE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
