package org.stepahead.application.service.event;

import java.util.List;
import org.stepahead.application.port.in.event.ScheduleEventCommand;
import org.stepahead.application.port.in.event.ScheduleEventUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;

/** Service: schedules an event, standalone or as an occurrence of a program's activity. */
public record ScheduleEventService(
        UseCaseRunner runner, EventRepository events, ProgramRepository programs, CommunityRepository communities)
        implements ScheduleEventUseCase {

    @Override
    public EventId schedule(ScheduleEventCommand c) {
        return runner.create(c, events, () -> {
            UseCaseRunner.load(communities, "community", c.communityId());
            Event event;
            if (c.programId() == null) {
                event = Event.standalone(EventId.random(), c.communityId(), details(c, c.title(), c.form()));
            } else {
                Program program = UseCaseRunner.load(programs, "program", c.programId());
                if (!program.communityId().equals(c.communityId())) {
                    throw new NotFound("program", c.programId());
                }
                Activity activity = program.activity(c.activityId());
                String title = c.title() == null || c.title().isBlank() ? activity.title() : c.title();
                Form form = c.form() != null
                        ? c.form()
                        : activity.details().forms().isEmpty()
                                ? null
                                : activity.details().forms().get(0);
                event = Event.fromActivity(
                        EventId.random(),
                        c.communityId(),
                        program.getId(),
                        activity.getId(),
                        program.periodOf(activity.getId()),
                        details(c, title, form));
            }
            return event;
        });
    }

    private static Event.Details details(ScheduleEventCommand c, String title, Form form) {
        return new Event.Details(
                title,
                form,
                c.date(),
                c.startsAt(),
                c.endsAt(),
                c.place(),
                c.facilitators() == null ? List.of() : c.facilitators());
    }
}
