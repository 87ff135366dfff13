package dev.anchorgraph.service.problem;

/** One entry of an {@code invalid-request} problem's {@code errors}: which parameter, and why it was refused. */
public record InvalidParameter(String parameter, String reason) {}
