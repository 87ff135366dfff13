package dev.anchorgraph.uscc;

/** A string that cannot be a USCC at all: wrong length or a character outside the code's alphabet. */
public class MalformedUsccException extends IllegalArgumentException {

    private final String input;

    public MalformedUsccException(String input, String problem) {
        super("Not a Unified Social Credit Code: " + problem);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
