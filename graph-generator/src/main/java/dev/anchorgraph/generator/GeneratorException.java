package dev.anchorgraph.generator;

/**
 * A failure the user can act on (options that leave nothing to invoice, a broken bundled table); reported as one
 * line with exit code 2, like graph-loader's bad input, so scripts that ran {@code graph-loader generate} see the
 * same codes.
 */
final class GeneratorException extends RuntimeException {
    GeneratorException(String message) {
        super(message);
    }

    GeneratorException(String message, Throwable cause) {
        super(message, cause);
    }
}
