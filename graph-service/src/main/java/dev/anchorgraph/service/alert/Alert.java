package dev.anchorgraph.service.alert;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One alert as the API shows it: {@code id} for acknowledging, {@code seq} orders alerts (and is the event id of
 * the stream), {@code message} in the caller's language, {@code evidence} the figures behind it,
 * {@code acknowledgedNote} what the person who acknowledged it wrote (what was done, why it is no concern).
 */
record Alert(
        String id,
        long seq,
        String type,
        String severity,
        String uscc,
        String name,
        OffsetDateTime raisedAt,
        LocalDate asOf,
        String run,
        String message,
        Map<String, Object> evidence,
        boolean acknowledged,
        OffsetDateTime acknowledgedAt,
        String acknowledgedBy,
        String acknowledgedNote) {}
