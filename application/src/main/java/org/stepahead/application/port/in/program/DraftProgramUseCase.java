package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.ProgramId;

/** Use case: draft a program for a community. */
public interface DraftProgramUseCase {

    ProgramId draft(DraftProgramCommand command);
}
