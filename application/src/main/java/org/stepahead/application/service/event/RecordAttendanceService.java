package org.stepahead.application.service.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.event.RecordAttendanceCommand;
import org.stepahead.application.port.in.event.RecordAttendanceUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.event.AttendanceEntry;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;

/** Service: records who attended an event, among the members of its day and guests. */
public record RecordAttendanceService(
        UseCaseRunner runner,
        EventRepository events,
        CommunityRepository communities,
        MembershipRepository memberships,
        ClockPort clock)
        implements RecordAttendanceUseCase {

    @Override
    public void recordAttendance(RecordAttendanceCommand c) {
        runner.change(c, events, "event", c.eventId(), c.expectedVersion(), event -> {
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
            event.recordAttendance(entries, members, Events.today(communities, clock, event.communityId()));
        });
    }
}
