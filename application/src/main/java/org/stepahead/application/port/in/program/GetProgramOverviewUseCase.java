package org.stepahead.application.port.in.program;

import java.util.Optional;
import org.stepahead.domain.program.ProgramId;

/** Use case: read a program's overview. */
public interface GetProgramOverviewUseCase {

    /** The program's overview, with its community's name; an unknown program throws NotFound. */
    ProgramOverview overview(ProgramId id);

    /**
     * The versions the program's overview is built from (the program's and its community's), cheaper to read than the
     * overview: while they are the same, so is the overview. Empty for no such program.
     */
    Optional<VersionStamp> stamp(ProgramId id);
}
