package org.stepahead.application.service.event;

import java.util.ArrayList;
import java.util.List;
import org.stepahead.application.port.in.event.ActivityOccurrences;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.GenerateEventsUseCase;
import org.stepahead.application.port.in.event.GenerationReport;
import org.stepahead.application.port.in.event.GenerationReport.GeneratedEvent;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventGeneration;
import org.stepahead.domain.program.Program;

/** Service: creates the missing events of a program's activities, in one unit of work, and reports what it created and what existed. */
public record GenerateEventsService(
        UseCaseRunner runner, EventRepository events, ProgramRepository programs, CommunityRepository communities)
        implements GenerateEventsUseCase {

    @Override
    public GenerationReport generate(GenerateEventsCommand c) {
        OccurrencePlanner planner = new OccurrencePlanner(events, programs, communities);
        return runner.execute(c, changes -> {
            Program program = planner.program(c);
            List<GeneratedEvent> created = new ArrayList<>();
            List<GeneratedEvent> existing = new ArrayList<>();
            List<ActivityOccurrences> activities = new ArrayList<>();
            for (EventGeneration.Result r : planner.results(program, c)) {
                for (Event event : r.created()) {
                    changes.save(events::save, event);
                    created.add(OccurrencePlanner.generated(event));
                }
                r.existing().forEach(e -> existing.add(OccurrencePlanner.generated(e)));
                activities.add(OccurrencePlanner.occurrences(program, r));
            }
            return new GenerationReport(program.getId(), created, existing, activities);
        });
    }
}
