package dev.anchorgraph.loader;

import dev.anchorgraph.cli.UserInputException;

/** A failure the user can act on (bad input folder, a file that fails up front); reported as one line, exit code 2. */
public class LoaderException extends UserInputException {
    public LoaderException(String message) {
        super(message);
    }

    public LoaderException(String message, Throwable cause) {
        super(message, cause);
    }
}
