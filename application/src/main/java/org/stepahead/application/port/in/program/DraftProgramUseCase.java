package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.ProgramId;

/** Use case: draft a program for a community. */
public interface DraftProgramUseCase {

    /**
     * Drafts the program and returns its id; an invalid command throws InvalidCommandException, an unknown community
     * NotFound, content the program's rules refuse (a period ending before it starts) DomainRuleViolation.
     */
    ProgramId draft(DraftProgramCommand command);
}
