package org.stepahead.adapter.in.web.ui.event;

import java.util.List;
import java.util.UUID;

/** View models of the event pages: plain texts, ids and flags, ready to print. */
public final class EventViews {

    private EventViews() {}

    /**
     * The event page: what, when, where, the plan item it belongs to (and the day of its schedule the event was
     * generated for, {@code occurrence}, null for an event planned by hand), why it was cancelled, attendance and minutes; {@code isoDate},
     * {@code startsAt} and {@code endsAt} are the day and times as the moving form's fields take them.
     */
    public record EventPage(
            UUID id,
            long version,
            UUID communityId,
            String communityName,
            String title,
            String form,
            String date,
            String month,
            String time,
            String place,
            String facilitators,
            String status,
            boolean cancelled,
            String cancellationReason,
            UUID programId,
            String programTitle,
            String activity,
            String occurrence,
            int present,
            int absent,
            int guests,
            List<AttendanceLine> attendance,
            MinutesLine minutes,
            String isoDate,
            String startsAt,
            String endsAt) {}

    /** One line of the attendance list: a member or a guest. */
    public record AttendanceLine(String name, String organization, boolean guest, boolean present) {}

    /** The minutes of an event; {@code rewritable} is false once a decision of them is in a plan. */
    public record MinutesLine(
            String number, String date, String chair, String secretary, List<AgendaLine> agenda, boolean rewritable) {}

    /** One agenda item: question, heard, spoke, decided (numbered from 1). */
    public record AgendaLine(int number, String topic, String heard, List<String> spoke, List<DecisionLine> decided) {}

    /**
     * One decision of an agenda item, numbered from 1; {@code planned} when it is already in a plan, as activity
     * {@code activityId} of program {@code programId}, called {@code activity}.
     */
    public record DecisionLine(
            int number, String text, boolean planned, UUID programId, UUID activityId, String activity) {}

    /** A member to tick on the attendance form. */
    public record MemberChoice(String value, String label, boolean present) {}

    /** An activity's occurrences in the generation preview, or why it has none. */
    public record OccurrenceLine(String number, String title, String schedule, List<String> dates, String reason) {}

    /** One event in the attendance summary. */
    public record EventCountLine(
            UUID eventId, String date, String title, int present, int absent, int guests, int attended, int total) {}

    /** One member in the attendance summary. */
    public record MemberCountLine(String name, int attended, int missed, int listed) {}
}
