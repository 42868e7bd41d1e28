package org.stepahead.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;

/**
 * Outgoing port: stores {@link Event} aggregates, with the versions and saves of {@link AggregateRepository}.
 */
public interface EventRepository extends AggregateRepository<Event, EventId> {

    /** The ones of the given ids that exist, in no particular order. */
    List<Event> findAllById(Collection<EventId> ids);

    /** A community's events whose day falls between the two days (both included), by day. */
    List<Event> findByCommunityBetween(CommunityId communityId, LocalDate from, LocalDate to);

    /** The events carrying out one activity of a program. */
    List<Event> findByActivity(ProgramId programId, ActivityId activityId);

    /** The events of a program (of any of its activities), by day. */
    List<Event> findByProgram(ProgramId programId);

    /**
     * The attendance counts of each scheduled (not cancelled) event that matches, by day (then start time and id);
     * an event without attendance counts zero. One query, however many events.
     */
    List<EventAttendanceCount> attendanceByEvent(AttendanceCriteria criteria);

    /**
     * For each member listed in the attendance of the scheduled events that match, how many they attended and missed;
     * in no particular order. One query, however many events and members.
     */
    List<MemberAttendanceCount> attendanceByMember(AttendanceCriteria criteria);
}
