package org.stepahead.adapter.out.persistence.jdbc;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Persistence adapter: rows of an event, its facilitators, attendance and minutes. */
public final class EventRows {

    private EventRows() {}

    /** A row of {@code event}. */
    public record EventRow(
            UUID id,
            long version,
            UUID communityId,
            UUID programId,
            UUID activityId,
            LocalDate occurrenceDate,
            String title,
            String form,
            LocalDate eventDate,
            LocalTime startsAt,
            LocalTime endsAt,
            String place,
            String status,
            String minutesNumber,
            LocalDate minutesDate,
            String chair,
            String secretary,
            String cancellationReason) {}

    /** A row of {@code event_facilitator}. */
    public record FacilitatorRow(UUID eventId, int position, String name) {}

    /** A row of {@code attendance}. */
    public record AttendanceRow(
            UUID eventId,
            int position,
            UUID membershipId,
            String guestName,
            String guestOrganization,
            boolean present) {}

    /** A row of {@code agenda_item}. */
    public record AgendaItemRow(UUID eventId, int position, String topic, String heard) {}

    /** A row of {@code agenda_line}: one speaker ({@code SPOKE}) or decision ({@code DECIDED}) of an agenda item. */
    public record AgendaLineRow(UUID eventId, int itemPosition, String kind, int position, String text) {}

    /** A row of {@code event_planned_decision}: a decision of the minutes that became an activity. */
    public record PlannedDecisionRow(
            UUID eventId, int itemPosition, int decisionPosition, UUID programId, UUID activityId) {}

    /** One event's attendance counts, as the summary query returns them. */
    public record EventAttendanceRow(
            UUID id,
            LocalDate eventDate,
            String title,
            UUID programId,
            UUID activityId,
            int present,
            int absent,
            int guests) {}

    /** One member's attendance counts, as the summary query returns them. */
    public record MemberAttendanceRow(UUID membershipId, int attended, int missed) {}
}
