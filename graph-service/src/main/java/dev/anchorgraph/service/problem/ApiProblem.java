package dev.anchorgraph.service.problem;

import java.util.List;
import java.util.Map;
import org.springframework.web.ErrorResponseException;

/** An answer that is a problem: thrown (or signalled as a Mono error) by handlers, rendered as problem+json. */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ApiProblem(ProblemType type, String detail, Map<String, Object> properties) {
        super(type.status(), type.detail(detail), null);
        properties.forEach(getBody()::setProperty);
    }

    /** A 400 {@code invalid-request} naming the parameter at fault, shaped like those for Spring's binding errors. */
    public static ApiProblem invalid(String parameter, String reason) {
        return new ApiProblem(
                ProblemType.INVALID_REQUEST,
                parameter + ": " + reason,
                Map.of("errors", List.of(new InvalidParameter(parameter, reason))));
    }
}
