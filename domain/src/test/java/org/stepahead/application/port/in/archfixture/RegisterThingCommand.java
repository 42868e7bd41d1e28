package org.stepahead.application.port.in.archfixture;

/** Architecture fixture: a command of an incoming port. */
public record RegisterThingCommand(@PositiveCount int count, String name) {}
