package org.stepahead.application.service.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepahead.application.common.CommandValidation;
import org.stepahead.application.common.InvalidCommandException;
import org.stepahead.application.common.Violation;
import org.stepahead.application.port.in.event.CommunityEventsQuery;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.GetCommunityEventsUseCase;
import org.stepahead.application.port.in.event.RecordAttendanceCommand;
import org.stepahead.application.port.in.event.RecordEventOutcomeUseCase;
import org.stepahead.application.port.in.event.RecordMinutesCommand;
import org.stepahead.application.port.in.event.ScheduleEventCommand;
import org.stepahead.application.port.in.event.ScheduleEventUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.AgendaItem;
import org.stepahead.domain.event.AttendanceEntry;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.Minutes;
import org.stepahead.domain.event.PlannedDecision;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;

/** Service: schedules events, records their attendance and minutes, and reads a community's calendar. */
public final class EventService implements ScheduleEventUseCase, RecordEventOutcomeUseCase, GetCommunityEventsUseCase {

    private final UseCaseRunner runner;
    private final EventRepository events;
    private final ProgramRepository programs;
    private final CommunityRepository communities;
    private final MembershipRepository memberships;
    private final ClockPort clock;

    public EventService(
            UseCaseRunner runner,
            EventRepository events,
            ProgramRepository programs,
            CommunityRepository communities,
            MembershipRepository memberships,
            ClockPort clock) {
        this.runner = runner;
        this.events = events;
        this.programs = programs;
        this.communities = communities;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Override
    public EventId schedule(ScheduleEventCommand c) {
        return runner.execute(c, changes -> {
            community(c.communityId());
            if ((c.programId() == null) != (c.activityId() == null)) {
                throw CommandValidation.missing(c.programId() == null ? "programId" : "activityId");
            }
            Event event;
            if (c.programId() == null) {
                if (c.title() == null || c.title().isBlank()) {
                    throw CommandValidation.missing("title");
                }
                event = Event.standalone(EventId.random(), c.communityId(), details(c, c.title(), c.form()));
            } else {
                Program program =
                        programs.findById(c.programId()).orElseThrow(() -> new NotFound("program", c.programId()));
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
            changes.save(events::save, event);
            return event.getId();
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

    @Override
    public void recordAttendance(RecordAttendanceCommand c) {
        runner.execute(c, changes -> {
            Event event = load(c.eventId());
            UseCaseRunner.expectVersion(c.expectedVersion(), event, "event");
            List<AttendanceEntry> entries = new ArrayList<>();
            if (c.members() != null) {
                c.members().forEach(m -> entries.add(AttendanceEntry.member(m.membershipId(), m.present())));
            }
            if (c.guests() != null) {
                c.guests().forEach(g -> entries.add(AttendanceEntry.guest(g.name(), g.organization())));
            }
            if (entries.isEmpty()) {
                throw new InvalidCommandException(List.of(new Violation(
                        "members",
                        CommandValidation.render(
                                "{jakarta.validation.constraints.NotEmpty.message}",
                                java.util.Map.of(),
                                CommandValidation.DEFAULT_LOCALE),
                        "{jakarta.validation.constraints.NotEmpty.message}",
                        java.util.Map.of())));
            }
            LocalDate day = event.date();
            Set<MembershipId> members = memberships.findByCommunity(event.communityId()).stream()
                    .filter(m -> !m.joinedOn().isAfter(day)
                            && (m.leftOn() == null || !m.leftOn().isBefore(day)))
                    .map(Membership::getId)
                    .collect(Collectors.toSet());
            event.recordAttendance(entries, members, today(event.communityId()));
            return changes.save(events::save, event);
        });
    }

    @Override
    public void recordMinutes(RecordMinutesCommand c) {
        runner.execute(c, changes -> {
            Event event = load(c.eventId());
            UseCaseRunner.expectVersion(c.expectedVersion(), event, "event");
            Minutes minutes = new Minutes(
                    c.number(),
                    c.date(),
                    c.chair(),
                    c.secretary(),
                    c.agenda().stream()
                            .map(a -> new AgendaItem(a.topic(), a.heard(), a.spoke(), a.decided()))
                            .toList());
            event.recordMinutes(minutes, today(event.communityId()));
            return changes.save(events::save, event);
        });
    }

    @Override
    public List<EventView> events(CommunityEventsQuery q) {
        return runner.query(q, query -> {
            if (q.to().isBefore(q.from())) {
                throw new DomainRuleViolation("period.endBeforeStart", q.from(), q.to());
            }
            Community community = community(q.communityId());
            ActivityTitles titles = new ActivityTitles(programs);
            return events.findByCommunityBetween(q.communityId(), q.from(), q.to()).stream()
                    .map(e -> view(e, community, titles))
                    .toList();
        });
    }

    @Override
    public EventView event(EventId id) {
        return runner.query(id, q -> {
            Event e = load(id);
            return view(e, community(e.communityId()), new ActivityTitles(programs));
        });
    }

    static EventView view(Event e, Community community, ActivityTitles titles) {
        Minutes m = e.minutes();
        Event.Details d = e.details();
        return new EventView(
                e.getId(),
                e.version(),
                e.communityId(),
                e.programId(),
                e.activityId(),
                e.occurrence(),
                d.title(),
                d.form(),
                d.date(),
                d.startsAt(),
                d.endsAt(),
                community.timeZone().getId(),
                d.place(),
                d.facilitators(),
                e.status(),
                e.presentMembers(),
                e.absentMembers(),
                e.guests(),
                e.attendance().stream()
                        .map(a -> new EventView.AttendanceView(
                                a.memberId(), a.guestName(), a.guestOrganization(), a.present()))
                        .toList(),
                m == null
                        ? null
                        : new EventView.MinutesView(
                                m.number(),
                                m.date(),
                                m.chair(),
                                m.secretary(),
                                e.presentMembers() + e.guests(),
                                e.absentMembers(),
                                agenda(m, e.plannedDecisions(), titles),
                                e.plannedDecisions().isEmpty()));
    }

    /** The agenda items, each decision with the plan item it became, if any. */
    private static List<EventView.AgendaView> agenda(Minutes m, List<PlannedDecision> planned, ActivityTitles titles) {
        List<EventView.AgendaView> agenda = new ArrayList<>();
        for (int i = 0; i < m.agenda().size(); i++) {
            AgendaItem item = m.agenda().get(i);
            List<EventView.DecisionView> decisions = new ArrayList<>();
            for (int n = 0; n < item.decided().size(); n++) {
                int itemNumber = i + 1;
                int decisionNumber = n + 1;
                String text = item.decided().get(n);
                decisions.add(planned.stream()
                        .filter(p -> p.is(itemNumber, decisionNumber))
                        .findFirst()
                        .map(p -> new EventView.DecisionView(
                                decisionNumber, text, true, p.programId(), p.activityId(), titles.of(p)))
                        .orElseGet(() -> new EventView.DecisionView(decisionNumber, text, false, null, null, null)));
            }
            agenda.add(new EventView.AgendaView(
                    item.topic(), item.heard(), item.spoke(), item.decided(), List.copyOf(decisions)));
        }
        return List.copyOf(agenda);
    }

    /** The titles of the activities decisions became, each program read once per query. */
    static final class ActivityTitles {
        private final ProgramRepository programs;
        private final Map<ProgramId, Optional<Program>> read = new HashMap<>();

        ActivityTitles(ProgramRepository programs) {
            this.programs = programs;
        }

        String of(PlannedDecision planned) {
            return read.computeIfAbsent(planned.programId(), programs::findById)
                    .flatMap(p -> p.activities().stream()
                            .filter(a -> a.getId().equals(planned.activityId()))
                            .map(Activity::title)
                            .findFirst())
                    .orElse(null);
        }
    }

    private LocalDate today(CommunityId id) {
        return clock.today(community(id).timeZone());
    }

    private Community community(CommunityId id) {
        return communities.findById(id).orElseThrow(() -> new NotFound("community", id));
    }

    private Event load(EventId id) {
        return events.findById(id).orElseThrow(() -> new NotFound("event", id));
    }
}
