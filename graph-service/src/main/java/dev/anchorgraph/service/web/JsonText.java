package dev.anchorgraph.service.web;

import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON text the loader stores in string properties (fraud evidence, alert evidence) back into objects,
 * so that answers carry them as JSON rather than as strings to be parsed twice.
 */
@Component
public class JsonText {

    private final JsonMapper json;

    JsonText(JsonMapper json) {
        this.json = json;
    }

    /** The object, an empty one for null, or {@code {"text": …}} for text that is not a JSON object. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, Map.class);
        } catch (JacksonException e) {
            return Map.of("text", text); // shown as it is rather than lost
        }
    }
}
