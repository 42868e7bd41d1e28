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

    static final List<Column<EventAttendanceView>> BY_EVENT =
            Column.table(EventAttendanceView.class, "date title present absent guests attended total id=eventId");

    static final List<Column<MemberAttendanceView>> BY_MEMBER = Column.table(
            MemberAttendanceView.class, "fullName=name attendedEvents=attended missedEvents=missed membershipId");

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
