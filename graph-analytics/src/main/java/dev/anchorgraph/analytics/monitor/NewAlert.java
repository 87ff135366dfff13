package dev.anchorgraph.analytics.monitor;

import java.util.Map;

/**
 * An alert a run raises. {@code key} = {@code uscc/type/subject}, where the subject is what makes it a new event
 * (the month of a drop, the buyer and its last invoice, the case, the tiers and date of a downgrade, the pattern and
 * date): a re-run on the same data produces the same key, which is stored once.
 */
record NewAlert(String key, AlertType type, String severity, String uscc, Map<String, Object> evidence, String messageEn,
                String messageZh) {

    static final String HIGH = "high";
    static final String MEDIUM = "medium";
    static final String LOW = "low";
}
