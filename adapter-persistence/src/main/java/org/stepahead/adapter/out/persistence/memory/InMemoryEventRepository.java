package org.stepahead.adapter.out.persistence.memory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.stepahead.application.port.out.AttendanceCriteria;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.EventAttendanceCount;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.MemberAttendanceCount;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.EventStatus;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;

/** Persistence adapter: events kept in memory as snapshots, with attendance and minutes. */
final class InMemoryEventRepository extends InMemoryRepository<Event, EventId, Event.Snapshot>
        implements EventRepository {

    private static final Comparator<Event> BY_DAY = Comparator.comparing(Event::date)
            .thenComparing(e -> e.details().startsAt(), Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()))
            .thenComparing(e -> e.getId().toString());

    InMemoryEventRepository(InMemoryDatabase database) {
        super(database, database.events, Event::restore, Event::snapshot, Event::getId, Event::version);
    }

    @Override
    public List<Event> findByCommunityBetween(CommunityId communityId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Predicate<Event.Snapshot> inRange =
                s -> !s.details().date().isBefore(from) && !s.details().date().isAfter(to);
        return where(s -> s.communityId().equals(communityId) && inRange.test(s))
                .sorted(BY_DAY)
                .toList();
    }

    @Override
    public List<Event> findByActivity(ProgramId programId, ActivityId activityId) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(activityId, "activityId");
        return where(s -> programId.equals(s.programId()) && activityId.equals(s.activityId()))
                .sorted(BY_DAY)
                .toList();
    }

    /** Refuses, as the JDBC store's unique constraint does, a second event of an activity for the same occurrence. */
    @Override
    public long save(Event event) {
        Objects.requireNonNull(event, "aggregate");
        Event.Snapshot s = event.snapshot();
        if (s.occurrence() != null
                && snapshots()
                        .anyMatch(other -> !other.id().equals(s.id())
                                && s.occurrence().equals(other.occurrence())
                                && s.activityId().equals(other.activityId())
                                && s.programId().equals(other.programId()))) {
            throw new ConcurrentUpdateException("event", s.id(), s.version());
        }
        return super.save(event);
    }

    @Override
    public List<Event> findByProgram(ProgramId programId) {
        Objects.requireNonNull(programId, "programId");
        return where(s -> programId.equals(s.programId())).sorted(BY_DAY).toList();
    }

    @Override
    public List<EventAttendanceCount> attendanceByEvent(AttendanceCriteria criteria) {
        return where(matching(criteria))
                .sorted(BY_DAY)
                .map(e -> new EventAttendanceCount(
                        e.getId(),
                        e.date(),
                        e.details().title(),
                        e.programId(),
                        e.activityId(),
                        e.presentMembers(),
                        e.absentMembers(),
                        e.guests()))
                .toList();
    }

    @Override
    public List<MemberAttendanceCount> attendanceByMember(AttendanceCriteria criteria) {
        Map<MembershipId, int[]> counts = new LinkedHashMap<>();
        snapshots()
                .filter(matching(criteria))
                .flatMap(s -> s.attendance().stream())
                .filter(a -> !a.isGuest())
                .forEach(a -> counts.computeIfAbsent(a.memberId(), id -> new int[2])[a.present() ? 0 : 1]++);
        return counts.entrySet().stream()
                .map(e -> new MemberAttendanceCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static Predicate<Event.Snapshot> matching(AttendanceCriteria c) {
        Objects.requireNonNull(c, "criteria");
        return s -> s.communityId().equals(c.communityId())
                && s.status() != EventStatus.CANCELLED
                && (c.programId() == null || c.programId().equals(s.programId()))
                && (c.from() == null || !s.details().date().isBefore(c.from()))
                && (c.to() == null || !s.details().date().isAfter(c.to()));
    }
}
