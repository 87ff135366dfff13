package dev.anchorgraph.service.web;

import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Reads enum query parameters the way people type them: {@code direction=upstream}, {@code tier=a},
 * {@code scale=Small}. Spring's own converter wants the constant's exact name ({@code UPSTREAM}), which would make
 * the lower-case values the API documents a 400. A value that matches nothing still fails, and is reported as
 * {@code invalid-request} naming the parameter and the allowed values.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class LenientEnums implements ConverterFactory<String, Enum> {

    @Override
    public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
        return source -> {
            // strip(), not trim(): trim() also removes control characters, so a NUL alone would read as "not given"
            var name = source.strip().replace('-', '_').toUpperCase(Locale.ROOT);
            return name.isEmpty() ? null : (T) Enum.valueOf(type, name);
        };
    }
}
