package dev.anchorgraph.service.security;

/**
 * The admin key made up at each start in embedded (demo) mode, so that a fresh {@code ./anchorgraph run} can be
 * used at once: the start-up banner prints it. It lives only in this process's memory; a restart makes a new one.
 * Never made when {@code NEO4J_URI} names an external server (production), nor with
 * {@code anchorgraph.security.demo-key=false}.
 */
public record DemoKey(String key) {

    static final String NAME = "demo-admin";

    @Override
    public String toString() {
        return "DemoKey[…]";
    }
}
