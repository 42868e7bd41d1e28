package org.stepahead.domain.program;

import java.time.LocalDate;
import org.jmolecules.event.types.DomainEvent;

/** Event: a stage of a program closed, every expected result of it assessed. */
public record StageClosed(ProgramId programId, StageId stageId, LocalDate closedOn) implements DomainEvent {}
