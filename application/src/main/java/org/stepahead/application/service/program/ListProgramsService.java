package org.stepahead.application.service.program;

import java.util.Comparator;
import java.util.List;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.application.port.in.program.ProgramSummary;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.Stage;

/** Service: lists a community's programs. */
public record ListProgramsService(UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities)
        implements ListProgramsUseCase {

    @Override
    public List<ProgramSummary> programsOf(CommunityId communityId) {
        return runner.query(communityId, q -> {
            UseCaseRunner.load(communities, "community", communityId);
            return programs.findByCommunity(communityId).stream()
                    .sorted(Comparator.comparing((Program p) -> p.period().start())
                            .thenComparing(Program::title))
                    .map(p -> new ProgramSummary(
                            p.getId(),
                            p.version(),
                            p.kind(),
                            p.title(),
                            p.period().start(),
                            p.period().end(),
                            p.status(),
                            p.activeStage().map(Stage::name).orElse(null)))
                    .toList();
        });
    }
}
