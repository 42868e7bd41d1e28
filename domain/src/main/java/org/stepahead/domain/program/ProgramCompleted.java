package org.stepahead.domain.program;

import java.time.LocalDate;
import org.jmolecules.event.types.DomainEvent;

/** Event: the last stage of a program closed and the program is complete. */
public record ProgramCompleted(ProgramId programId, LocalDate completedOn) implements DomainEvent {}
