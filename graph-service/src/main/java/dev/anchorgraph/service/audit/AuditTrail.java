package dev.anchorgraph.service.audit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a request's audit line will say about who asked and which firms were looked up, collected while the request
 * runs: the security filter records the caller, and a handler whose firms are not in its path or query (the risk
 * batch: they are in the body) records them. Kept in the exchange's attributes, which every wrapper of the exchange
 * shares.
 */
public final class AuditTrail {

    /** Who is asking: the key's name or the token's subject, how they authenticated, their roles. */
    public record Caller(String name, String via, List<String> roles) {}

    private static final String CALLER = AuditTrail.class.getName() + ".caller";
    private static final String FIRMS = AuditTrail.class.getName() + ".firms";

    private AuditTrail() {}

    public static void caller(ServerWebExchange exchange, Caller caller) {
        exchange.getAttributes().put(CALLER, caller);
    }

    /** Adds firms (normalised, well-formed USCCs) this request looks up beyond those in its path and query. */
    @SuppressWarnings("unchecked")
    public static void firms(ServerWebExchange exchange, Collection<String> usccs) {
        ((Set<String>) exchange.getAttributes().computeIfAbsent(FIRMS, k -> new LinkedHashSet<String>())).addAll(usccs);
    }

    static Caller caller(ServerWebExchange exchange) {
        return exchange.getAttribute(CALLER);
    }

    @SuppressWarnings("unchecked")
    static Set<String> firms(ServerWebExchange exchange) {
        var firms = (Set<String>) exchange.getAttribute(FIRMS);
        return firms == null ? Set.of() : firms;
    }
}
