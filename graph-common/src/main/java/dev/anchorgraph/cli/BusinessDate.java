package dev.anchorgraph.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Today as the data means it: invoices, registry and court records are dated in China Standard Time, so "today" (the
 * default as-of date when a graph holds no invoices yet, a report folder's timestamp) is today in Asia/Shanghai,
 * whatever time zone the server runs in. A server on UTC would otherwise call yesterday "today" until 08:00.
 */
public final class BusinessDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDate() {}

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
