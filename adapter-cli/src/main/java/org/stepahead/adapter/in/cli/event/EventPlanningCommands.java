package org.stepahead.adapter.in.cli.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.adapter.in.cli.support.OutputFormat;
import org.stepahead.application.port.in.event.ActivityOccurrences;
import org.stepahead.application.port.in.event.AttendanceSummaryQuery;
import org.stepahead.application.port.in.event.EventAttendanceView;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.GenerateEventsCommand.NonWorkingDays;
import org.stepahead.application.port.in.event.GenerationReport;
import org.stepahead.application.port.in.event.MemberAttendanceView;
import org.stepahead.application.port.in.event.PlanDecisionCommand;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * CLI commands for events from schedules: {@code event occurrences|generate|attendance-summary|decision-to-plan}
 * (subcommands of {@code event}).
 */
final class EventPlanningCommands {

    private EventPlanningCommands() {}

    /** One line of a generation report: an event created now, or one that already stood for its occurrence. */
    record ReportLine(String state, EventId eventId, LocalDate occurrence, LocalDate date, String title) {}

    static final List<Column<ReportLine>> REPORT = List.of(
            Column.of("column.state", ReportLine::state),
            Column.of("column.date", ReportLine::date),
            Column.of("column.occurrence", ReportLine::occurrence),
            Column.of("column.title", ReportLine::title),
            Column.of("column.id", ReportLine::eventId));

    static final List<Column<ActivityOccurrences>> OCCURRENCES = List.of(
            Column.of("column.number", ActivityOccurrences::number),
            Column.of("column.title", ActivityOccurrences::title),
            Column.of("column.schedule", ActivityOccurrences::scheduleText),
            Column.of("column.occurrenceStatus", ActivityOccurrences::status),
            Column.of("column.dates", ActivityOccurrences::dates));

    static final List<Column<EventAttendanceView>> BY_EVENT = List.of(
            Column.of("column.date", EventAttendanceView::date),
            Column.of("column.title", EventAttendanceView::title),
            Column.of("column.present", EventAttendanceView::present),
            Column.of("column.absent", EventAttendanceView::absent),
            Column.of("column.guests", EventAttendanceView::guests),
            Column.of("column.attended", EventAttendanceView::attended),
            Column.of("column.total", EventAttendanceView::total),
            Column.of("column.id", EventAttendanceView::eventId));

    static final List<Column<MemberAttendanceView>> BY_MEMBER = List.of(
            Column.of("column.fullName", MemberAttendanceView::name),
            Column.of("column.attendedEvents", MemberAttendanceView::attended),
            Column.of("column.missedEvents", MemberAttendanceView::missed),
            Column.of("column.membershipId", MemberAttendanceView::membershipId));

    /** Reads extra days off: "2021-01-11..2021-01-15", or one day "2021-01-11". */
    static final class DaysOff implements ITypeConverter<NonWorkingDays> {
        @Override
        public NonWorkingDays convert(String text) {
            String[] ends = text.strip().split("\\.\\.", 2);
            try {
                LocalDate from = LocalDate.parse(ends[0].strip());
                LocalDate to = ends.length > 1 ? LocalDate.parse(ends[1].strip()) : from;
                return new NonWorkingDays(from, to);
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + text + "' (yyyy-mm-dd..yyyy-mm-dd)");
            }
        }
    }

    /** The options that choose what to generate: a program, and in it a stage or an activity; extra days off. */
    abstract static class Scope extends CliCommand {
        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--stage")
        StageId stage;

        @Option(names = "--activity")
        ActivityId activity;

        @Option(names = "--non-working", converter = DaysOff.class, paramLabel = "FROM..TO")
        List<NonWorkingDays> nonWorking = List.of();

        GenerateEventsCommand command() {
            return new GenerateEventsCommand(program, stage, activity, nonWorking);
        }
    }

    /** {@code event occurrences}: the days each activity's schedule gives, without scheduling anything. */
    @Command(name = "occurrences")
    static final class Occurrences extends Scope {
        @Override
        protected void run() {
            out().list(app().previewEvents().preview(command()), OCCURRENCES);
        }
    }

    /** {@code event generate}: schedules the missing events of the occurrences; running it again adds nothing. */
    @Command(name = "generate")
    static final class Generate extends Scope {
        @Override
        protected void run() {
            GenerationReport report = app().generateEvents().generate(command());
            if (out().format() == OutputFormat.JSON) {
                out().json(report);
                return;
            }
            List<ReportLine> lines = new ArrayList<>();
            String created = cli().message("generate.created");
            String existed = cli().message("generate.existed");
            report.created().forEach(e -> lines.add(line(created, e)));
            report.existing().forEach(e -> lines.add(line(existed, e)));
            out().list(lines, REPORT);
            out().note(cli().message(
                            "generate.done",
                            report.created().size(),
                            report.existing().size()));
            report.activities().stream()
                    .filter(a -> a.dates().isEmpty())
                    .forEach(a -> out().note(cli().message("generate.undated", a.title(), a.statusText())));
        }

        private static ReportLine line(String state, GenerationReport.GeneratedEvent e) {
            return new ReportLine(state, e.eventId(), e.occurrence(), e.date(), e.title());
        }
    }

    /** {@code event attendance-summary}: attendance counts per event, or per member with {@code --by member}. */
    @Command(name = "attendance-summary")
    static final class AttendanceSummary extends CliCommand {
        /** What the counts are per. */
        enum By {
            event,
            member
        }

        @Option(names = "--community")
        CommunityId community;

        @Option(names = "--program")
        ProgramId program;

        @Option(names = "--from")
        LocalDate from;

        @Option(names = "--to")
        LocalDate to;

        @Option(names = "--by", defaultValue = "event")
        By by;

        @Override
        protected void run() {
            AttendanceSummaryQuery query = new AttendanceSummaryQuery(community, program, from, to);
            if (by == By.member) {
                out().list(app().attendanceSummary().byMember(query), BY_MEMBER);
            } else {
                out().list(app().attendanceSummary().byEvent(query), BY_EVENT);
            }
        }
    }

    /** {@code event decision-to-plan EVENT}: a decision of the minutes becomes a plan item; prints the activity id. */
    @Command(name = "decision-to-plan")
    static final class DecisionToPlan extends CliCommand {
        @Parameters(index = "0", paramLabel = "EVENT")
        EventId event;

        @Option(names = "--item", required = true)
        int item;

        @Option(names = "--decision", defaultValue = "1")
        int decision;

        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--stage")
        StageId stage;

        @Option(names = "--direction")
        DirectionId direction;

        @Option(names = "--deadline", required = true)
        LocalDate deadline;

        @Option(names = "--number")
        String number;

        @Option(names = "--title")
        String title;

        @Option(names = "--responsible")
        List<String> responsible = List.of();

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            out().id(app().planDecision()
                    .plan(new PlanDecisionCommand(
                            event,
                            item,
                            decision,
                            program,
                            stage,
                            direction,
                            deadline,
                            number,
                            title,
                            responsible,
                            expectedVersion)));
        }
    }
}
