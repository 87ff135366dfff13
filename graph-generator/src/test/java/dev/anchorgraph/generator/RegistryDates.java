package dev.anchorgraph.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Reads back the three date spellings the registry file mixes. */
final class RegistryDates {

    private RegistryDates() {}

    static LocalDate parse(String raw) {
        if (raw.contains("/")) {
            return LocalDate.parse(raw, DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        }
        return raw.contains("-") ? LocalDate.parse(raw) : LocalDate.parse(raw, DateTimeFormatter.BASIC_ISO_DATE);
    }
}
