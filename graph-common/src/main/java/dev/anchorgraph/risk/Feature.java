package dev.anchorgraph.risk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.anchorgraph.contract.Codes;

/**
 * The numeric features the score step computes for a firm (formulas in docs/risk-model.md), by the name the risk
 * model file bands them under ({@link #key()}). Some are also written on the {@code (:Company)} (docs/scoring-contract.md):
 * {@link #property()} names that property, {@code null} for a feature only the scorecard sees.
 */
public enum Feature {
    /** Trade hops to the nearest anchor (1–3); no value when none within 3. */
    ANCHOR_HOPS("anchorHops", "anchorHops", Stored.WHOLE),
    /** Strongest chain to any anchor: product of the hop shares (0 when none). */
    CHAIN_STRENGTH("chainStrength", "chainStrength", Stored.DECIMAL),
    /** Large buyers meeting the stability rule. */
    STABLE_LARGE_BUYERS("stableLargeBuyers", "stableLargeBuyers", Stored.WHOLE),
    /** Large buyers, stable or not. */
    LARGE_BUYERS("largeBuyers", "largeBuyers", Stored.WHOLE),
    /** Share of the last 12 months' sales that went to large buyers. */
    LARGE_BUYER_SHARE("largeBuyerShare", "largeBuyerShare", Stored.DECIMAL),
    /** Buyer concentration: Herfindahl–Hirschman index of the last 12 months' sales by buyer. */
    BUYER_HHI("buyerHhi", "buyerHhi", Stored.DECIMAL),
    /** Sales over the last 12 months, CNY. */
    ANNUAL_SALES("annualSales", "annualSales", Stored.DECIMAL),
    /** Distinct invoicing days per month over the last 6 months. */
    INVOICE_DAYS_PER_MONTH("invoiceDaysPerMonth", "invoiceDaysPerMonth", Stored.DECIMAL),
    /** Sales of the last 3 months against the 3 before, as a change (−0.2 = 20 % down). */
    SALES_TREND_3M("salesTrend3m", "salesTrend3m", Stored.DECIMAL),
    /** Sales of the last 12 months against the 12 before, as a change. */
    SALES_YOY("salesYoy", "salesYoy", Stored.DECIMAL),
    /** Months with invoices in the last 12 (sales or purchases); stored under another name, {@code monthsTrading}. */
    ACTIVE_MONTHS_12("activeMonths12", "monthsTrading", Stored.WHOLE),
    /**
     * Months with invoices in the 12 before the last 12 (sales or purchases): a firm whose trade stopped has a record
     * to be scored on; only the insufficient-data rule reads it.
     */
    ACTIVE_MONTHS_PRIOR_12("activeMonthsPrior12", null, Stored.NO),
    /** Court cases as defendant filed in the last 24 months. */
    LITIGATION_COUNT_24M("litigationCount24m", "litigationCount24m", Stored.WHOLE),
    /** Amount in those cases against the annual sales. */
    LITIGATION_TO_SALES("litigationToSales", null, Stored.NO),
    /** Enforcement cases against the firm filed in the last 24 months. */
    ENFORCED_COUNT_24M("enforcedCount24m", "enforcedCount24m", Stored.WHOLE),
    /** Related parties (shareholders, legal representative, sister firms) that are enforced or dishonest debtors. */
    RELATED_PARTY_RISK("relatedPartyRisk", null, Stored.NO),
    /** Years since the firm was founded. */
    AGE_YEARS("ageYears", "ageYears", Stored.DECIMAL),
    /** 1 when the USCC fails the GB 32100 checksum. */
    USCC_FLAGGED("usccFlagged", null, Stored.NO),
    /** 1 when flagged {@code implausible_goods} below high severity (high is a knock-out). */
    FRAUD_IMPLAUSIBLE_GOODS("fraudImplausibleGoods", null, Stored.NO),
    /** 1 when flagged {@code sales_surge}. */
    FRAUD_SALES_SURGE("fraudSalesSurge", null, Stored.NO),
    /** 1 when flagged {@code reversals}. */
    FRAUD_REVERSALS("fraudReversals", null, Stored.NO),
    /** 1 when flagged {@code shell_cluster} below high severity (high is a knock-out). */
    FRAUD_SHELL_CLUSTER("fraudShellCluster", null, Stored.NO),
    /** The related-party share of sales or purchases, when flagged {@code related_party_trade}. */
    RELATED_PARTY_TRADE_SHARE("relatedPartyTradeShare", null, Stored.NO),
    /** The Benford mean absolute deviation, when flagged {@code benford}. */
    BENFORD_MAD("benfordMad", null, Stored.NO),
    /**
     * Share of sales or purchases that depends on firms in distress, over at most two trade hops (0–1; docs/risk-model.md,
     * Counterparty distress).
     */
    COUNTERPARTY_DISTRESS("counterpartyDistress", "counterpartyDistress", Stored.DECIMAL);

    /** How a feature is written on the firm, if at all. */
    public enum Stored {
        /** Not written: only the scorecard uses it. */
        NO,
        /** Written as an integer. */
        WHOLE,
        /** Written as a float. */
        DECIMAL
    }

    private final String key;
    private final String property;
    private final Stored stored;

    Feature(String key, String property, Stored stored) {
        this.key = key;
        this.property = property;
        this.stored = stored;
    }

    /** The name in the risk model file, e.g. {@code chainStrength}. */
    @JsonValue
    public String key() {
        return key;
    }

    /** The {@code (:Company)} property it is written to, or {@code null} when it is not written. */
    public String property() {
        return property;
    }

    public Stored stored() {
        return stored;
    }

    /**
     * The value as written on the firm: a whole number as {@code Long}, else the {@code Double}; {@code null} stays
     * {@code null} (the property is then removed or left absent).
     */
    public Object storedValue(Double value) {
        return value == null || stored != Stored.WHOLE ? value : (Object) value.longValue();
    }

    /** @throws IllegalArgumentException for a name no feature has, e.g. a typo in a model file */
    @JsonCreator
    public static Feature parse(String key) {
        return Codes.parse(Feature.class, Feature::key, "feature", key);
    }
}
