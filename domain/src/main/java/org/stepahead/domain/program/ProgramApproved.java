package org.stepahead.domain.program;

import java.time.LocalDate;
import org.jmolecules.event.types.DomainEvent;

/** Event: a program was approved (утверждена). */
public record ProgramApproved(ProgramId programId, LocalDate approvedOn) implements DomainEvent {}
