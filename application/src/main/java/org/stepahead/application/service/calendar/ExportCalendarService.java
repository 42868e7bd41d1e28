package org.stepahead.application.service.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.stepahead.application.port.in.Messages;
import org.stepahead.application.port.in.calendar.CalendarText;
import org.stepahead.application.port.in.calendar.ExportCalendarUseCase;
import org.stepahead.application.port.out.CalendarFeed;
import org.stepahead.application.port.out.CalendarFeed.Details;
import org.stepahead.application.port.out.CalendarFeed.Entry;
import org.stepahead.application.port.out.CalendarWriter;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventGeneration;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.EventStatus;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.program.Responsible;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.WorkingCalendar;

/**
 * Service: builds a calendar feed from the stored events and the planned activities of programs, and has the
 * {@link CalendarWriter} write it. Events are entries of their own ({@code <event id>@stepahead.org}); a planned
 * activity is one all-day entry ({@code <activity id>@stepahead.org}) standing for exactly the days of its
 * occurrences that no event of its own stands for yet, so the feed and {@code event occurrences} agree day for day.
 */
public final class ExportCalendarService implements ExportCalendarUseCase {

    /** The domain of every UID. */
    public static final String UID_DOMAIN = "stepahead.org";

    /** The widest span of days a community's events are read in. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final UseCaseRunner runner;
    private final CommunityRepository communities;
    private final ProgramRepository programs;
    private final EventRepository events;
    private final ClockPort clock;
    private final Supplier<CalendarWriter> writer;

    public ExportCalendarService(
            UseCaseRunner runner,
            CommunityRepository communities,
            ProgramRepository programs,
            EventRepository events,
            ClockPort clock,
            Supplier<CalendarWriter> writer) {
        this.runner = runner;
        this.communities = communities;
        this.programs = programs;
        this.events = events;
        this.clock = clock;
        this.writer = writer;
    }

    @Override
    public CalendarText communityFeed(CommunityId communityId, Locale language) {
        CalendarFeed feed = runner.query(communityId, id -> {
            Community community = community(id);
            List<Event> ofCommunity = events.findByCommunityBetween(id, FIRST_DAY, LAST_DAY);
            Map<ProgramId, Program> byId = new HashMap<>();
            List<Entry> entries = new ArrayList<>();
            for (Program program : programs.findByCommunity(id)) {
                byId.put(program.getId(), program);
                if (program.status() != ProgramStatus.DRAFT) {
                    List<Event> ofProgram = ofCommunity.stream()
                            .filter(e -> program.getId().equals(e.programId()))
                            .toList();
                    entries.addAll(plannedActivities(program, ofProgram, community));
                }
            }
            for (Event event : ofCommunity) {
                entries.add(entry(event, event.programId() == null ? null : byId.get(event.programId())));
            }
            return feed(community.name(), community, language, entries);
        });
        return write(feed);
    }

    @Override
    public CalendarText programFeed(ProgramId programId, Locale language) {
        CalendarFeed feed = runner.query(programId, id -> {
            Program program = UseCaseRunner.load(programs, "program", id);
            Community community = community(program.communityId());
            List<Event> ofProgram = events.findByProgram(program.getId());
            List<Entry> entries = new ArrayList<>(plannedActivities(program, ofProgram, community));
            for (Event event : ofProgram) {
                if (event.activityId() != null) {
                    entries.add(entry(event, program));
                }
            }
            return feed(program.title(), community, language, entries);
        });
        return write(feed);
    }

    private CalendarText write(CalendarFeed feed) {
        return new CalendarText(feed.name(), writer.get().write(feed));
    }

    private CalendarFeed feed(String name, Community community, Locale language, List<Entry> entries) {
        List<Entry> ordered = entries.stream()
                .sorted(Comparator.comparing(Entry::date).thenComparing(Entry::uid))
                .toList();
        return new CalendarFeed(
                name, community.timeZone(), clock.now(), language == null ? CalendarText.RUSSIAN : language, ordered);
    }

    /**
     * One entry per planned activity with days no event stands for yet: the occurrences of its schedule on the
     * working days of the community's school calendar (with its own days off) inside its stage's (or program's)
     * period, as {@code event occurrences} gives them, minus those its events already stand for (each event is an
     * entry of its own).
     */
    private static List<Entry> plannedActivities(Program program, List<Event> known, Community community) {
        List<Entry> entries = new ArrayList<>();
        WorkingCalendar calendar = community.calendar(program.period());
        for (Activity activity : program.activities()) {
            if (activity.schedule() == null) {
                continue;
            }
            List<LocalDate> days =
                    EventGeneration.generate(program, activity.getId(), calendar, known, EventId::random)
                            .created()
                            .stream()
                            .map(Event::date)
                            .toList();
            if (days.isEmpty()) {
                continue;
            }
            var period = program.periodOf(activity.getId());
            entries.add(new Entry(
                    uid(activity.getId().value()),
                    activity.title(),
                    details(
                            program,
                            activity,
                            activity.details().forms(),
                            List.of(),
                            activity.schedule().text()),
                    null,
                    days.get(0),
                    null,
                    null,
                    false,
                    Recurrences.of(activity.schedule(), period).orElse(null),
                    days));
        }
        return entries;
    }

    private static Entry entry(Event event, Program program) {
        Event.Details d = event.details();
        Activity activity = program == null || event.activityId() == null ? null : program.activity(event.activityId());
        List<Form> forms = d.form() != null
                ? List.of(d.form())
                : activity == null ? List.of() : activity.details().forms();
        Details details = activity == null
                ? new Details(
                        program == null ? null : program.title(), null, forms(forms), List.of(), d.facilitators(), null)
                : details(program, activity, forms, d.facilitators(), null);
        return new Entry(
                uid(event.getId().value()),
                d.title(),
                details,
                d.place(),
                d.date(),
                d.startsAt(),
                d.endsAt(),
                event.status() == EventStatus.CANCELLED,
                null,
                List.of());
    }

    private static Details details(
            Program program, Activity activity, List<Form> forms, List<String> facilitators, String scheduleText) {
        String stage = activity.stageId() == null
                ? null
                : program.stage(activity.stageId()).name();
        return new Details(
                program.title(),
                stage,
                forms(forms),
                activity.details().responsible().stream().map(Responsible::name).toList(),
                facilitators,
                scheduleText == null || scheduleText.isBlank() ? null : scheduleText);
    }

    private static List<String> forms(List<Form> forms) {
        return forms.stream().map(f -> Messages.label(f, Messages.RUSSIAN)).toList();
    }

    private static String uid(Object id) {
        return id + "@" + UID_DOMAIN;
    }

    private Community community(CommunityId id) {
        return UseCaseRunner.load(communities, "community", id);
    }
}
