package dev.anchorgraph.service.alert;

import java.util.Locale;

enum Severity {
    HIGH, MEDIUM, LOW;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
