package org.stepahead.adapter.out.persistence.archfixture;

/** Architecture fixture: a table row record where it belongs. */
public record ThingRow(String id, String name) {}
