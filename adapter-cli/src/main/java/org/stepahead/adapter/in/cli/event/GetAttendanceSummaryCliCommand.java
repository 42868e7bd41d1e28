package org.stepahead.adapter.in.cli.event;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.application.port.in.event.AttendanceSummaryQuery;
import org.stepahead.application.port.in.event.EventAttendanceView;
import org.stepahead.application.port.in.event.GetAttendanceSummaryUseCase;
import org.stepahead.application.port.in.event.MemberAttendanceView;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code event attendance-summary}: attendance counts per event, or per member with {@code --by member}. */
@Command(name = "attendance-summary")
final class GetAttendanceSummaryCliCommand extends CliCommand {

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

    /** What the counts are per. */
    enum By {
        event,
        member
    }

    private final GetAttendanceSummaryUseCase attendanceSummary;

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

    GetAttendanceSummaryCliCommand(GetAttendanceSummaryUseCase attendanceSummary) {
        this.attendanceSummary = attendanceSummary;
    }

    @Override
    protected void run() {
        AttendanceSummaryQuery query = new AttendanceSummaryQuery(community, program, from, to);
        if (by == By.member) {
            out().list(attendanceSummary.byMember(query), BY_MEMBER);
        } else {
            out().list(attendanceSummary.byEvent(query), BY_EVENT);
        }
    }
}
