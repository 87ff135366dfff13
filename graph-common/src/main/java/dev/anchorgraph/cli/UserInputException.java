package dev.anchorgraph.cli;

/** A failure the user can act on (a bad file or folder, a missing table); reported as one line, exit code 2. */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
