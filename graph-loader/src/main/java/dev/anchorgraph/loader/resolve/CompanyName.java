package dev.anchorgraph.loader.resolve;

import java.util.Objects;

/**
 * A company to resolve names to: its USCC and one of its names. A firm may be given several times, once per name it
 * has had; candidates are then counted once per USCC, under its best-scoring name.
 *
 * @param uscc the firm's code, as the caller keys it (not checked here; see {@code dev.anchorgraph.uscc.Uscc})
 * @param name the registered name, as written
 */
public record CompanyName(String uscc, String name) {

    public CompanyName {
        Objects.requireNonNull(name, "name");
        if (uscc == null || uscc.isBlank()) {
            throw new IllegalArgumentException("A company needs a USCC to resolve to (name " + name + ")");
        }
    }
}
