package org.stepahead.application.port.in.program;

import java.util.List;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;

/** Use case: read a program's overview, or the list of a community's programs. */
public interface GetProgramOverviewUseCase {

  ProgramOverview overview(ProgramId id);

  List<ProgramSummary> programsOf(CommunityId communityId);
}
