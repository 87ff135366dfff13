package dev.anchorgraph.generator;

import java.time.LocalDate;

/**
 * One synthetic firm. All firms stay in memory for the run (a few hundred bytes each): the trade network, the
 * planted anomalies and every writer look them up by index.
 *
 * @param anchor     index of the anchor whose chain the firm belongs to (its own index for an anchor), -1 for shells
 * @param capital    registered capital, yuan
 * @param activeFrom first month of the invoice window in which the firm invoices: the month after it was founded
 * @param activeTo   month from which it invoices no more (revoked and cancelled firms stop trading), exclusive
 * @param cluster    the shell cluster the firm belongs to, -1 for other firms
 * @param health     the firm's hidden {@link Health}: shapes its data and its outcome, never written to a file
 */
record Company(
        int index,
        String uscc,
        GeneratedName name,
        Region region,
        District district,
        IndustryProfile industry,
        Role role,
        int anchor,
        Scale scale,
        LocalDate foundedOn,
        Status status,
        long capital,
        int activeFrom,
        int activeTo,
        int cluster,
        double health) {

    boolean activeIn(int month) {
        return month >= activeFrom && month < activeTo;
    }

    /** Active over the whole invoice window of {@code months} months. */
    boolean activeThroughout(int months) {
        return activeFrom == 0 && activeTo == months;
    }
}
