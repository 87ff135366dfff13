package dev.anchorgraph.cli;

/** The exit codes every anchorgraph batch command uses, documented in the README and the loader's help. */
public final class ExitCode {

    public static final int DONE = 0;
    public static final int UNEXPECTED = 1;
    /** Bad input, or a load stopped by its reject rate; the report says why. */
    public static final int INPUT = 2;

    public static final int NEO4J_UNREACHABLE = 3;
    /** Scored (or ran the fraud patterns) with warnings: a fraud pattern failed and kept its earlier results. */
    public static final int WARNINGS = 4;

    private ExitCode() {}
}
