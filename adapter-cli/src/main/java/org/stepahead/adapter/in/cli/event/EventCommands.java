package org.stepahead.adapter.in.cli.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.application.port.in.event.CommunityEventsQuery;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.RecordAttendanceCommand;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.GuestInput;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.MemberPresence;
import org.stepahead.application.port.in.event.RecordMinutesCommand;
import org.stepahead.application.port.in.event.RecordMinutesCommand.AgendaItemInput;
import org.stepahead.application.port.in.event.ScheduleEventCommand;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.Form;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * CLI commands for events: {@code event schedule|attend|minutes|list|show}, and those of {@link
 * EventPlanningCommands}: {@code occurrences|generate|attendance-summary|decision-to-plan}.
 */
@Command(
        name = "event",
        subcommands = {
            EventCommands.ScheduleEvent.class,
            EventCommands.Attend.class,
            EventCommands.Minutes.class,
            EventCommands.ListOf.class,
            EventCommands.Show.class,
            EventPlanningCommands.Occurrences.class,
            EventPlanningCommands.Generate.class,
            EventPlanningCommands.AttendanceSummary.class,
            EventPlanningCommands.DecisionToPlan.class
        })
public final class EventCommands {

    static final List<Column<EventView>> COLUMNS = List.of(
            Column.of("column.id", EventView::id),
            Column.of("column.date", EventView::date),
            Column.of("column.scheduleDay", EventView::occurrence),
            Column.of("column.startsAt", EventView::startsAt),
            Column.of("column.title", EventView::title),
            Column.of("column.form", EventView::form),
            Column.of("column.place", EventView::place),
            Column.of("column.status", EventView::status),
            Column.of("column.present", EventView::presentMembers),
            Column.of("column.absent", EventView::absentMembers),
            Column.of("column.guests", EventView::guests),
            Column.of(
                    "column.minutes",
                    e -> e.minutes() == null ? null : e.minutes().number()),
            Column.of("column.plannedDecisions", EventCommands::plannedDecisions));

    /** The decisions of the minutes already in a plan, as "item.decision: activity" separated by "; ". */
    static String plannedDecisions(EventView event) {
        if (event.minutes() == null) {
            return null;
        }
        List<String> planned = new ArrayList<>();
        for (int i = 0; i < event.minutes().agenda().size(); i++) {
            for (EventView.DecisionView d : event.minutes().agenda().get(i).decisions()) {
                if (d.planned()) {
                    planned.add((i + 1) + "." + d.number() + ": "
                            + (d.activityTitle() == null ? d.activityId().toString() : d.activityTitle()));
                }
            }
        }
        return planned.isEmpty() ? null : String.join("; ", planned);
    }

    /** {@code event schedule}: schedules an event of an activity or a standalone one and prints its id. */
    @Command(name = "schedule")
    static final class ScheduleEvent extends CliCommand {
        @Option(names = "--community", required = true)
        CommunityId community;

        @Option(names = "--program")
        ProgramId program;

        @Option(names = "--activity")
        ActivityId activity;

        @Option(names = "--title")
        String title;

        @Option(names = "--form")
        Form form;

        @Option(names = "--date", required = true)
        LocalDate date;

        @Option(names = "--starts-at")
        LocalTime startsAt;

        @Option(names = "--ends-at")
        LocalTime endsAt;

        @Option(names = "--place")
        String place;

        @Option(names = "--facilitator")
        List<String> facilitators = List.of();

        @Override
        protected void run() {
            out().id(app().scheduleEvent()
                    .schedule(new ScheduleEventCommand(
                            community, program, activity, title, form, date, startsAt, endsAt, place, facilitators)));
        }
    }

    /** {@code event attend ID}: records who attended: members present or absent, and guests. */
    @Command(name = "attend")
    static final class Attend extends CliCommand {
        @Parameters(index = "0", paramLabel = "EVENT")
        EventId event;

        @Option(names = "--present", split = ",")
        List<MembershipId> present = List.of();

        @Option(names = "--absent", split = ",")
        List<MembershipId> absent = List.of();

        @Option(names = "--guest", paramLabel = "NAME[|ORGANIZATION]")
        List<String> guests = List.of();

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            List<MemberPresence> members = new ArrayList<>();
            present.forEach(m -> members.add(new MemberPresence(m, true)));
            absent.forEach(m -> members.add(new MemberPresence(m, false)));
            List<GuestInput> guestInputs = new ArrayList<>();
            for (String guest : guests) {
                String[] parts = guest.split("\\|", 2);
                guestInputs.add(new GuestInput(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null));
            }
            app().recordAttendance()
                    .recordAttendance(new RecordAttendanceCommand(event, members, guestInputs, expectedVersion));
            out().id(event);
        }
    }

    /** {@code event minutes ID}: records the minutes (протокол) with their agenda. */
    @Command(name = "minutes")
    static final class Minutes extends CliCommand {
        @Parameters(index = "0", paramLabel = "EVENT")
        EventId event;

        @Option(names = "--number", required = true)
        String number;

        @Option(names = "--date", required = true)
        LocalDate date;

        @Option(names = "--chair")
        String chair;

        @Option(names = "--secretary")
        String secretary;

        @Option(names = "--expected-version")
        Long expectedVersion;

        @ArgGroup(exclusive = false, multiplicity = "1..*")
        List<Item> agenda = new ArrayList<>();

        /** One agenda item: the topic, then what was heard, who spoke and what was decided. */
        static final class Item {
            @Option(names = "--topic", required = true)
            String topic;

            @Option(names = "--heard")
            String heard;

            @Option(names = "--spoke")
            List<String> spoke = List.of();

            @Option(names = "--decided")
            List<String> decided = List.of();
        }

        @Override
        protected void run() {
            List<AgendaItemInput> items = agenda.stream()
                    .map(i -> new AgendaItemInput(i.topic, i.heard, i.spoke, i.decided))
                    .toList();
            app().recordMinutes()
                    .recordMinutes(
                            new RecordMinutesCommand(event, number, date, chair, secretary, items, expectedVersion));
            out().id(event);
        }
    }

    /** {@code event list}: a community's events from one day to another. */
    @Command(name = "list")
    static final class ListOf extends CliCommand {
        @Option(names = "--community", required = true)
        CommunityId community;

        @Option(names = "--from", defaultValue = "1900-01-01")
        LocalDate from;

        @Option(names = "--to", defaultValue = "2999-12-31")
        LocalDate to;

        @Override
        protected void run() {
            out().list(app().communityEvents().events(new CommunityEventsQuery(community, from, to)), COLUMNS);
        }
    }

    /** {@code event show ID}: one event with its attendance and minutes. */
    @Command(name = "show")
    static final class Show extends CliCommand {
        @Parameters(index = "0", paramLabel = "EVENT")
        EventId event;

        @Override
        protected void run() {
            out().one(app().getEvent().event(event), COLUMNS);
        }
    }
}
