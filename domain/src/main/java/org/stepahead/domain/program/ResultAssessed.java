package org.stepahead.domain.program;

import org.jmolecules.event.types.DomainEvent;

/** Event: an expected result was assessed. */
public record ResultAssessed(ProgramId programId, ExpectedResultId resultId, Outcome outcome) implements DomainEvent {}
