package dev.anchorgraph.service.risk;

import dev.anchorgraph.service.problem.ProblemType;
import java.net.URI;

/**
 * A batch line for a code that has no risk answer: the same type and title a single lookup's problem would carry,
 * so that a client handles both alike.
 *
 * @param uscc the code as it was sent when it is malformed, else normalised
 */
record BatchError(String uscc, Error error) {

    record Error(URI type, String title, String detail) {}

    static BatchError of(String uscc, ProblemType type, String detail) {
        return new BatchError(uscc, new Error(type.type(), type.title(), detail));
    }
}
