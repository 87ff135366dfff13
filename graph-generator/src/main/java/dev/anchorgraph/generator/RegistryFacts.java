package dev.anchorgraph.generator;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/** Registry facts of an ordinary firm: entity category, founding date, status and registered capital. */
final class RegistryFacts {

    private static final double MAX_AGE_YEARS = 35;

    private final InvoiceWindow window;
    private final RandomGenerator r;

    RegistryFacts(InvoiceWindow window, RandomGenerator r) {
        this.window = window;
        this.r = r;
    }

    /** {@code 1} company; some shops are individual businesses ({@code 2}), some farms cooperatives ({@code 3}). */
    char entityCategory(Role role, IndustryProfile industry, Scale scale) {
        if (role == Role.DISTRIBUTOR_2
                && scale == Scale.MICRO
                && industry.code().startsWith("52")
                && Draw.chance(r, 0.35)) {
            return '2';
        }
        return industry.section().equals("A") && Draw.chance(r, 0.3) ? '3' : '1';
    }

    /**
     * Bigger firms are older; anchors and their tier-1 partners have traded for years; weak firms tend to be young
     * (most failures come in a firm's first years).
     */
    LocalDate founded(Role role, Scale scale, double health) {
        double meanYears = switch (scale) {
            case LARGE -> 14;
            case MEDIUM -> 10;
            case SMALL -> 7;
            case MICRO -> 5;
        };
        double minYears = switch (role) {
            case ANCHOR -> 8;
            case SUPPLIER_1, DISTRIBUTOR_1 -> 1;
            default -> 0.05;
        };
        double years =
                Math.min(MAX_AGE_YEARS, minYears - meanYears * Health.ageFactor(health) * Math.log(1 - r.nextDouble()));
        return window.asOf().minusDays(Math.round(years * 365.25));
    }

    /** About 2 % revoked, mostly weak firms, and 2 % cancelled. */
    Status status(double health) {
        var x = r.nextDouble();
        double revoked = Health.revokedChance(health);
        return x < revoked
                ? Status.REVOKED
                : x < revoked + Health.cancelledChance(health) ? Status.CANCELLED : Status.ACTIVE;
    }

    /** Registered capital in yuan, rounded to two significant digits of 万 as founders choose it. */
    long capital(Scale scale) {
        double wan = Draw.logNormal(r, scale.typicalCapitalYuan, 0.8) / 10_000;
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(wan, 1))) - 1);
        return Math.max(10_000, Math.round(Math.round(wan / magnitude) * magnitude * 10_000));
    }
}
