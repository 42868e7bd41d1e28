package org.stepahead.application.port.in.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.EventStatus;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.Form;

/**
 * Read model: an event with its attendance counts and list, and its minutes if written; {@code occurrence} is the day
 * of the activity's schedule the event was generated for (null for an event scheduled by hand);
 * {@code cancellationReason} says why a cancelled event was cancelled (null when not cancelled or no reason given).
 */
public record EventView(
        EventId id,
        long version,
        CommunityId communityId,
        ProgramId programId,
        ActivityId activityId,
        LocalDate occurrence,
        String title,
        Form form,
        LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        String timeZone,
        String place,
        List<String> facilitators,
        EventStatus status,
        String cancellationReason,
        int presentMembers,
        int absentMembers,
        int guests,
        List<AttendanceView> attendance,
        MinutesView minutes) {

    /** One attendance line: a member or a guest. */
    public record AttendanceView(
            MembershipId membershipId, String guestName, String guestOrganization, boolean present) {}

    /**
     * The minutes with present and absent counts taken from the attendance; {@code rewritable} is false once a decision
     * of them has been put into a plan (the minutes can then no longer be rewritten).
     */
    public record MinutesView(
            String number,
            LocalDate date,
            String chair,
            String secretary,
            int present,
            int absent,
            List<AgendaView> agenda,
            boolean rewritable) {}

    /** One agenda item; {@code decisions} are the {@code decided} texts numbered from 1 with their plan items. */
    public record AgendaView(
            String topic, String heard, List<String> spoke, List<String> decided, List<DecisionView> decisions) {}

    /**
     * One decision (постановили) of an agenda item, numbered from 1; if it was put into a plan ({@code planned}), the
     * program and activity it became, with the activity's title (null if the activity is no longer found).
     */
    public record DecisionView(
            int number,
            String text,
            boolean planned,
            ProgramId programId,
            ActivityId activityId,
            String activityTitle) {}
}
