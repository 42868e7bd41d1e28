package org.stepahead.application.service.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepahead.application.port.in.event.AttendanceSummaryQuery;
import org.stepahead.application.port.in.event.EventAttendanceView;
import org.stepahead.application.port.in.event.GetAttendanceSummaryUseCase;
import org.stepahead.application.port.in.event.MemberAttendanceView;
import org.stepahead.application.port.out.AttendanceCriteria;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.MemberAttendanceCount;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.port.out.RussianOrder;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;

/**
 * Service: attendance counts per event and per member, counted by the store in one query each; names come from
 * the community's memberships and their educators, read in one batch each (never one read per member).
 */
public record GetAttendanceSummaryService(
        UseCaseRunner runner,
        EventRepository events,
        ProgramRepository programs,
        CommunityRepository communities,
        MembershipRepository memberships,
        EducatorRepository educators)
        implements GetAttendanceSummaryUseCase {

    @Override
    public List<EventAttendanceView> byEvent(AttendanceSummaryQuery query) {
        return runner.query(
                query,
                q -> events.attendanceByEvent(criteria(q)).stream()
                        .map(c -> new EventAttendanceView(
                                c.eventId(),
                                c.date(),
                                c.title(),
                                c.programId(),
                                c.activityId(),
                                c.present(),
                                c.absent(),
                                c.guests(),
                                c.present() + c.guests(),
                                c.present() + c.absent() + c.guests()))
                        .toList());
    }

    @Override
    public List<MemberAttendanceView> byMember(AttendanceSummaryQuery query) {
        return runner.query(query, q -> {
            AttendanceCriteria criteria = criteria(q);
            Map<MembershipId, MemberAttendanceCount> counts = events.attendanceByMember(criteria).stream()
                    .collect(Collectors.toMap(MemberAttendanceCount::membershipId, c -> c));
            Map<MembershipId, Membership> members = new LinkedHashMap<>();
            memberships.findByCommunity(criteria.communityId()).stream()
                    .filter(m -> belongedDuring(m, criteria.from(), criteria.to()) || counts.containsKey(m.getId()))
                    .forEach(m -> members.put(m.getId(), m));
            Set<MembershipId> unknown = counts.keySet().stream()
                    .filter(id -> !members.containsKey(id))
                    .collect(Collectors.toSet());
            memberships.findAllById(unknown).forEach(m -> members.put(m.getId(), m));
            Map<EducatorId, Educator> people = new HashMap<>();
            educators
                    .findAllById(members.values().stream()
                            .map(Membership::educatorId)
                            .distinct()
                            .toList())
                    .forEach(e -> people.put(e.getId(), e));
            List<MemberAttendanceView> views = new ArrayList<>();
            for (Membership m : members.values()) {
                MemberAttendanceCount c = counts.getOrDefault(m.getId(), new MemberAttendanceCount(m.getId(), 0, 0));
                Educator educator = people.get(m.educatorId());
                String name = educator == null ? null : educator.name().full();
                views.add(
                        new MemberAttendanceView(m.getId(), name, c.attended(), c.missed(), c.attended() + c.missed()));
            }
            views.sort(Comparator.comparing(MemberAttendanceView::name, RussianOrder.comparator())
                    .thenComparing(v -> v.membershipId().toString()));
            return views;
        });
    }

    private static boolean belongedDuring(Membership m, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return m.leftOn() == null;
        }
        boolean joinedInTime = to == null || !m.joinedOn().isAfter(to);
        boolean leftInTime = m.leftOn() == null || from == null || !m.leftOn().isBefore(from);
        return joinedInTime && leftInTime;
    }

    private AttendanceCriteria criteria(AttendanceSummaryQuery q) {
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw new DomainRuleViolation("period.endBeforeStart", q.from(), q.to());
        }
        CommunityId community = q.communityId();
        if (q.programId() != null) {
            Program program = UseCaseRunner.load(programs, "program", q.programId());
            if (community != null && !community.equals(program.communityId())) {
                throw new NotFound("program", q.programId());
            }
            community = program.communityId();
        }
        CommunityId id = community;
        UseCaseRunner.load(communities, "community", id);
        return new AttendanceCriteria(id, q.programId(), q.from(), q.to());
    }
}
