package org.stepahead.domain.archfixture.ddd;

import org.jmolecules.ddd.types.Identifier;

/** Architecture fixture: identifier of {@link Customer}. */
public record CustomerId(String value) implements Identifier {}
