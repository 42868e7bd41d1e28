package org.stepahead.application.service.event;

import java.util.List;
import org.stepahead.application.port.in.event.ActivityOccurrences;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.PreviewEventsUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.Program;

/** Service: the occurrences a generation would schedule, scheduling nothing. */
public record PreviewEventsService(
        UseCaseRunner runner, EventRepository events, ProgramRepository programs, CommunityRepository communities)
        implements PreviewEventsUseCase {

    @Override
    public List<ActivityOccurrences> preview(GenerateEventsCommand c) {
        OccurrencePlanner planner = new OccurrencePlanner(events, programs, communities);
        return runner.query(c, q -> {
            Program program = planner.program(c);
            return planner.results(program, c).stream()
                    .map(r -> OccurrencePlanner.occurrences(program, r))
                    .toList();
        });
    }
}
