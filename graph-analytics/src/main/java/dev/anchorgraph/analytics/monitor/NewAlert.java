package dev.anchorgraph.analytics.monitor;

import dev.anchorgraph.contract.AlertType;
import dev.anchorgraph.contract.Severity;
import java.util.Map;

/**
 * An alert a run raises. {@code key} = {@code uscc/type/subject}, where the subject is what makes it a new event
 * (the month of a drop, the buyer and its last invoice, the case, the tiers and date of a downgrade, the pattern and
 * date): a re-run on the same data produces the same key, which is stored once.
 */
record NewAlert(
        String key,
        AlertType type,
        Severity severity,
        String uscc,
        Map<String, Object> evidence,
        String messageEn,
        String messageZh) {}
