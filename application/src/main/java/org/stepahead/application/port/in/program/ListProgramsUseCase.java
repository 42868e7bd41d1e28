package org.stepahead.application.port.in.program;

import java.util.List;
import org.stepahead.domain.community.CommunityId;

/** Use case: list a community's programs, by start of period, then title. */
public interface ListProgramsUseCase {

    /** The community's programs, by start of period, then title; an unknown community throws NotFound. */
    List<ProgramSummary> programsOf(CommunityId communityId);
}
