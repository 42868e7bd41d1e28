package org.stepahead.application.port.in.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.GuestInput;
import org.stepahead.domain.event.EventId;

class RecordAttendanceCommandTest {

    @Test
    void givenNeitherAMemberLineNorAGuest_theCommand_cannotBeBuilt_andNamesTheMembers() {
        EventId event = EventId.random();

        assertThatThrownBy(() -> new RecordAttendanceCommand(event, List.of(), null, null))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("members"));
        assertThat(new RecordAttendanceCommand(event, null, List.of(new GuestInput("Орлова Е.В.", null)), null)
                        .guests())
                .hasSize(1);
    }
}
