package org.stepahead.adapter.in.web.program;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.domain.community.CommunityId;

/** REST: {@link ListProgramsUseCase} at {@code GET /api/v1/communities/{communityId}/programs}. */
@RestController
record ListProgramsController(ListProgramsUseCase listPrograms, ProgramWebMapper mapper) {

    @GetMapping("/api/v1/communities/{communityId}/programs")
    List<ProgramSummaryResponse> programsOf(@PathVariable UUID communityId) {
        return listPrograms.programsOf(new CommunityId(communityId)).stream()
                .map(mapper::summary)
                .toList();
    }
}
