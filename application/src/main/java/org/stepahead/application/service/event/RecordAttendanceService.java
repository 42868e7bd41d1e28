package org.stepahead.application.service.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepahead.application.port.in.event.RecordAttendanceCommand;
import org.stepahead.application.port.in.event.RecordAttendanceUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.event.AttendanceEntry;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.shared.DomainRuleViolation;

/** Service: records who attended an event, among the members of its day and guests. */
public record RecordAttendanceService(
        UseCaseRunner runner,
        EventRepository events,
        CommunityRepository communities,
        MembershipRepository memberships,
        EducatorRepository educators,
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
            LocalDate day = event.date();
            List<Membership> community = memberships.findByCommunity(event.communityId());
            Set<MembershipId> members = community.stream()
                    .filter(m -> m.isMemberOn(day))
                    .map(Membership::getId)
                    .collect(Collectors.toSet());
            // Someone who was not a member that day cannot have missed the event: an absent mark for them says
            // nothing and is left out, so that only a presence (a member line ticked present) can be refused.
            entries.removeIf(e -> !e.isGuest() && !e.present() && !members.contains(e.memberId()));
            try {
                event.recordAttendance(entries, members, Events.today(communities, clock, event.communityId()));
            } catch (DomainRuleViolation refused) {
                throw named(refused, community);
            }
        });
    }

    /**
     * The refusal of a member line with the person named instead of their membership id; a membership that is not
     * known at all is refused as an unknown member.
     */
    private DomainRuleViolation named(DomainRuleViolation refused, List<Membership> community) {
        Object[] arguments = refused.arguments();
        if (arguments.length == 0 || !(arguments[0] instanceof MembershipId id)) {
            return refused;
        }
        Optional<Membership> membership = community.stream()
                .filter(m -> m.getId().equals(id))
                .findFirst()
                .or(() -> memberships.findAllById(List.of(id)).stream().findFirst());
        Optional<String> name = membership.flatMap(m -> educators.findAllById(List.of(m.educatorId())).stream()
                .findFirst()
                .map(e -> e.name().full()));
        if (name.isEmpty()) {
            return new DomainRuleViolation("attendance.unknownMember");
        }
        arguments[0] = name.get();
        return new DomainRuleViolation(refused.code(), arguments);
    }
}
