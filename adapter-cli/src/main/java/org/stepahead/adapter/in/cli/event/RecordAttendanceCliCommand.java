package org.stepahead.adapter.in.cli.event;

import java.util.ArrayList;
import java.util.List;
import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.adapter.in.cli.support.PipeFields;
import org.stepahead.application.port.in.event.RecordAttendanceCommand;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.GuestInput;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.MemberPresence;
import org.stepahead.application.port.in.event.RecordAttendanceUseCase;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.MembershipId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code event attend ID}: records who attended: members present or absent, and guests. */
@Command(name = "attend")
final class RecordAttendanceCliCommand extends ChangeCliCommand<RecordAttendanceCommand> {

    @Parameters(index = "0", paramLabel = "EVENT")
    EventId event;

    @Option(names = "--present", split = ",")
    List<MembershipId> present = List.of();

    @Option(names = "--absent", split = ",")
    List<MembershipId> absent = List.of();

    @Option(names = "--guest", paramLabel = "NAME[|ORGANIZATION]")
    List<String> guests = List.of();

    RecordAttendanceCliCommand(RecordAttendanceUseCase recordAttendance) {
        super(recordAttendance::recordAttendance);
    }

    @Override
    protected RecordAttendanceCommand command(Long expectedVersion) {
        List<MemberPresence> members = new ArrayList<>();
        present.forEach(m -> members.add(new MemberPresence(m, true)));
        absent.forEach(m -> members.add(new MemberPresence(m, false)));
        List<GuestInput> guestInputs = guests.stream()
                .map(guest -> PipeFields.of(guest, 2))
                .map(fields -> new GuestInput(fields[0], fields[1]))
                .toList();
        return new RecordAttendanceCommand(event, members, guestInputs, expectedVersion);
    }
}
