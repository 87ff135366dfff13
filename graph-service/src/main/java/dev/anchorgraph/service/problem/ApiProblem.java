package dev.anchorgraph.service.problem;

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
}
