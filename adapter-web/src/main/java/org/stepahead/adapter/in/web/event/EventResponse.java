package org.stepahead.adapter.in.web.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Response: an event with its attendance and minutes; {@code occurrence} is the day of the activity's schedule the
 * event was generated for (null for an event scheduled by hand); {@code cancellationReason} is why a cancelled event
 * was cancelled (null when it is not, or no reason was given).
 */
public record EventResponse(
        UUID id,
        long version,
        UUID communityId,
        UUID programId,
        UUID activityId,
        LocalDate occurrence,
        String title,
        String form,
        LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        String timeZone,
        String place,
        List<String> facilitators,
        String status,
        String cancellationReason,
        int presentMembers,
        int absentMembers,
        int guests,
        List<Attendance> attendance,
        Minutes minutes) {

    /** One attendance line: a member or a guest. */
    public record Attendance(UUID membershipId, String guestName, String guestOrganization, boolean present) {}

    /** The minutes; {@code rewritable} is false once a decision of them has been put into a plan. */
    public record Minutes(
            String number,
            LocalDate date,
            String chair,
            String secretary,
            int present,
            int absent,
            List<Agenda> agenda,
            boolean rewritable) {}

    /** One agenda item; {@code decisions} are the {@code decided} texts numbered from 1 with their plan items. */
    public record Agenda(
            String topic, String heard, List<String> spoke, List<String> decided, List<Decision> decisions) {}

    /** One decision: whether it was put into a plan, and as which activity of which program. */
    public record Decision(
            int number, String text, boolean planned, UUID programId, UUID activityId, String activityTitle) {}
}
