package dev.anchorgraph.loader.csv;

/**
 * Thrown by a row parser when a row cannot be used; the loader writes it to the rejects file with its line.
 * Carries no stack trace: rejects are expected, and a bad file can have millions.
 *
 * @see RejectReason for the stable reason codes
 */
public final class Reject extends RuntimeException {

    private final RejectReason reason;

    public Reject(RejectReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
