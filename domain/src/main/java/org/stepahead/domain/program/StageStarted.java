package org.stepahead.domain.program;

import java.time.LocalDate;
import org.jmolecules.event.types.DomainEvent;

/** Event: a stage of a program started. */
public record StageStarted(ProgramId programId, StageId stageId, LocalDate startedOn) implements DomainEvent {}
