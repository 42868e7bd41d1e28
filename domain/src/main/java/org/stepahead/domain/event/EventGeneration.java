package org.stepahead.domain.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jmolecules.ddd.annotation.Service;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.shared.Occurrences;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Texts;
import org.stepahead.domain.shared.WorkingCalendar;

/**
 * Domain service: the events of an activity's occurrences ({@link Occurrences} of its schedule inside its stage's
 * period, or the program's) that do not exist yet. Idempotent: an occurrence that an event already stands for
 * ({@link Event#standsFor}: generated for that day, or scheduled by hand for the activity on that day) gets no
 * second event, so generating again adds nothing.
 */
@Service
public final class EventGeneration {

    private EventGeneration() {}

    /** What generation found for one activity: its occurrences, the events it creates and those that existed. */
    public record Result(ActivityId activityId, Occurrences occurrences, List<Event> created, List<Event> existing) {
        public Result {
            Texts.present(activityId, "activityId");
            Texts.present(occurrences, "occurrences");
            created = Texts.listOf(created, "created");
            existing = Texts.listOf(existing, "existing");
        }
    }

    /**
     * The occurrences of the activity's schedule on the calendar's working days inside the activity's period, with a
     * new event for each occurrence no event of {@code known} stands for yet; {@code known} may hold any events.
     */
    public static Result generate(
            Program program,
            ActivityId activityId,
            WorkingCalendar calendar,
            List<Event> known,
            Supplier<EventId> ids) {
        Texts.present(program, "program");
        Texts.present(calendar, "calendar");
        Texts.present(ids, "ids");
        Activity activity = program.activity(activityId);
        Period period = program.periodOf(activityId);
        Occurrences occurrences = Occurrences.of(activity.schedule(), period, calendar);
        List<Event> ofActivity = Texts.listOf(known, "events").stream()
                .filter(e -> activityId.equals(e.activityId()))
                .toList();
        List<Event> created = new ArrayList<>();
        List<Event> existing = new ArrayList<>();
        for (LocalDate day : occurrences.dates()) {
            Optional<Event> standing = ofActivity.stream()
                    .filter(e -> e.standsFor(activityId, day))
                    .findFirst();
            if (standing.isPresent()) {
                existing.add(standing.get());
            } else {
                created.add(Event.fromOccurrence(
                        ids.get(),
                        program.communityId(),
                        program.getId(),
                        activityId,
                        period,
                        day,
                        new Event.Details(
                                activity.title(),
                                activity.details().forms().isEmpty()
                                        ? null
                                        : activity.details().forms().get(0),
                                day,
                                null,
                                null,
                                null,
                                List.of())));
            }
        }
        return new Result(activityId, occurrences, created, existing);
    }
}
