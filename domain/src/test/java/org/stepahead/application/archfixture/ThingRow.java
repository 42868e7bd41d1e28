package org.stepahead.application.archfixture;

/** Architecture fixture: a table row record outside the persistence adapter. */
public record ThingRow(String id, String name) {}
