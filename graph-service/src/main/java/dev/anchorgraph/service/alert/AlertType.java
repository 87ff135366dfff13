package dev.anchorgraph.service.alert;

import java.util.Locale;

/** The kinds of alert the monitoring raises (docs/monitoring.md); the API spells them in lower case. */
enum AlertType {
    SALES_DROP, STABLE_BUYER_SILENT, NEW_LITIGATION, NEW_ENFORCEMENT, NEW_DISHONEST_DEBTOR, TIER_DOWNGRADE, NEW_FRAUD_PATTERN;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
