package org.stepahead.domain.archfixture.ddd;

import org.jmolecules.ddd.types.Identifier;

/** Architecture fixture: identifier of the order aggregates. */
public record OrderId(String value) implements Identifier {}
