package dev.anchorgraph.service.problem;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebInputException;

/**
 * Says which parameter Spring refused and why, in words a caller can act on. Spring's own messages name Java types
 * ("Failed to convert value of type 'java.lang.String' to required type 'int'"), which is both unhelpful and a
 * glimpse of the inside, so they are rebuilt here from the parameter's declared type.
 */
final class InvalidParameters {

    private InvalidParameters() {}

    static List<InvalidParameter> of(ServerWebInputException e) {
        var parameter = e.getMethodParameter();
        if (e instanceof MissingRequestValueException missing) {
            return List.of(new InvalidParameter(missing.getName(), "is required"));
        }
        if (e.getCause() instanceof TypeMismatchException mismatch && parameter != null) {
            return List.of(new InvalidParameter(
                    name(parameter), expected(parameter) + " (was '" + mismatch.getValue() + "')"));
        }
        if (parameter != null && parameter.hasParameterAnnotation(RequestBody.class)) {
            var shape = Collection.class.isAssignableFrom(parameter.getParameterType()) ? "array" : "object";
            var reason = e.getCause() == null ? "is required" : "must be a JSON " + shape;
            return List.of(new InvalidParameter("body", reason));
        }
        return List.of(new InvalidParameter(
                parameter == null ? "request" : name(parameter),
                e.getReason() == null ? "is not valid" : e.getReason()));
    }

    static List<InvalidParameter> of(HandlerMethodValidationException e) {
        return e.getParameterValidationResults().stream()
                .map(r -> new InvalidParameter(
                        name(r.getMethodParameter()),
                        r.getResolvableErrors().stream()
                                        .map(MessageSourceResolvable::getDefaultMessage)
                                        .collect(Collectors.joining("; "))
                                + (r.getArgument() == null ? "" : " (was '" + r.getArgument() + "')")))
                .toList();
    }

    static String name(MethodParameter p) {
        var param = p.getParameterAnnotation(RequestParam.class);
        if (param != null) {
            return firstNonEmpty(param.name(), param.value(), p.getParameterName());
        }
        var path = p.getParameterAnnotation(PathVariable.class);
        if (path != null) {
            return firstNonEmpty(path.name(), path.value(), p.getParameterName());
        }
        var header = p.getParameterAnnotation(RequestHeader.class);
        if (header != null) {
            return firstNonEmpty(header.name(), header.value(), p.getParameterName());
        }
        return p.getParameterName();
    }

    /** What a value of the parameter's type looks like; for a list, what each of its values must be. */
    private static String expected(MethodParameter p) {
        var type = ResolvableType.forMethodParameter(p);
        var collection = type.asCollection();
        var element = collection != ResolvableType.NONE ? collection.resolveGeneric(0) : type.resolve();
        if (element == null) {
            return "is not valid";
        }
        if (element.isEnum()) {
            // an enum's toString is its wire name (direction: upstream, tier: A)
            return "must be one of "
                    + Arrays.stream(element.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (element == Integer.class || element == int.class || element == Long.class || element == long.class) {
            return "must be a whole number";
        }
        if (element == Boolean.class || element == boolean.class) {
            return "must be true or false";
        }
        return "is not valid";
    }

    private static String firstNonEmpty(String... candidates) {
        for (var c : candidates) {
            if (c != null && !c.isEmpty()) {
                return c;
            }
        }
        return "parameter";
    }
}
