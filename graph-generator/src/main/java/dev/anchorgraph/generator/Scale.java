package dev.anchorgraph.generator;

/**
 * Firm size class as the registry labels it; it drives a firm's pull in trade, its invoice amounts and capital.
 *
 * @param pull              how much more trade a firm of this class attracts than a micro firm
 * @param typicalInvoiceYuan median amount of one invoice between firms of this class
 * @param invoiceLimitYuan   the per-invoice ceiling (限额) of the invoicing system a firm of this class is granted
 * @param typicalCapitalYuan median registered capital
 */
enum Scale {
    LARGE("large", 25, 300_000, 10_000_000, 200_000_000),
    MEDIUM("medium", 6, 60_000, 10_000_000, 30_000_000),
    SMALL("small", 2, 15_000, 1_000_000, 5_000_000),
    MICRO("micro", 1, 4_000, 100_000, 1_000_000);

    final String label;
    final double pull;
    final double typicalInvoiceYuan;
    final long invoiceLimitYuan;
    final double typicalCapitalYuan;

    Scale(String label, double pull, double typicalInvoiceYuan, long invoiceLimitYuan, double typicalCapitalYuan) {
        this.label = label;
        this.pull = pull;
        this.typicalInvoiceYuan = typicalInvoiceYuan;
        this.invoiceLimitYuan = invoiceLimitYuan;
        this.typicalCapitalYuan = typicalCapitalYuan;
    }

    /** The highest amount (fen, excluding tax) one invoice of a seller of this class can carry. */
    long maxInvoiceCents() {
        return invoiceLimitYuan * 100 - 1;
    }

    /** The smaller of two firms sets the size of their deals. */
    static Scale smaller(Scale a, Scale b) {
        return a.ordinal() > b.ordinal() ? a : b;
    }
}
