package dev.anchorgraph.service.risk;

/**
 * One reason behind a score, as shown to a person.
 *
 * @param points  what it added to (or took from) the score; 0 for a knock-out
 * @param value   the evidence the score step recorded, as text ({@code "3"}, {@code "0.42"})
 * @param message the model file's message in the requested language, with {@code {value}} filled in
 */
public record Reason(String code, int points, String value, String message) {}
