package org.stepahead.adapter.in.cli.event;

import java.util.ArrayList;
import java.util.List;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.application.port.in.event.EventView;
import picocli.CommandLine.Command;

/**
 * {@code event}: the event commands {@code schedule|attend|minutes|cancel|reschedule|list|show}, those that work from schedules
 * {@code occurrences|generate|attendance-summary|decision-to-plan}, and the columns of an event.
 */
@Command(
        name = "event",
        subcommands = {
            ScheduleEventCliCommand.class,
            RecordAttendanceCliCommand.class,
            RecordMinutesCliCommand.class,
            CancelEventCliCommand.class,
            RescheduleEventCliCommand.class,
            GetCommunityEventsCliCommand.class,
            GetEventCliCommand.class,
            PreviewEventsCliCommand.class,
            GenerateEventsCliCommand.class,
            GetAttendanceSummaryCliCommand.class,
            PlanDecisionCliCommand.class
        })
public final class EventCommands {

    static final List<Column<EventView>> COLUMNS = Column.table(
            EventView.class,
            "id date scheduleDay=occurrence startsAt title form place status cancelledBecause=cancellationReason "
                    + "present=presentMembers "
                    + "absent=absentMembers guests",
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
}
