package org.stepahead.domain.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.Aggregate;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Texts;

/**
 * Aggregate: an activity that takes (or took) place — a meeting, a seminar, a master-class — on one day, local to
 * its community's time zone, with who attended and the minutes.
 *
 * <p>Rules: an event from an activity takes place inside its stage (or program) period; attendance lists members
 * of the community, and anyone else is marked as a guest; attendance and minutes are recorded only for an event
 * that has taken place; an event generated from an activity's schedule remembers the day it stands for (its
 * occurrence), so the same occurrence is never scheduled twice; each decision of the minutes becomes a plan item at
 * most once, and minutes whose decisions became plan items are not rewritten.
 */
public final class Event extends Aggregate<Event, EventId> {

    private final EventId id;
    private final CommunityId communityId;
    private final ProgramId programId;
    private final ActivityId activityId;
    private final LocalDate occurrence;
    private Details details;
    private EventStatus status;
    private String cancellationReason;
    private List<AttendanceEntry> attendance;
    private Minutes minutes;
    private final List<PlannedDecision> plannedDecisions;

    private Event(Snapshot s) {
        super(s.version());
        this.id = Texts.present(s.id(), "eventId");
        this.communityId = Texts.present(s.communityId(), "communityId");
        if ((s.programId() == null) != (s.activityId() == null)) {
            throw new DomainRuleViolation("event.activityNeedsProgram");
        }
        this.programId = s.programId();
        this.activityId = s.activityId();
        if (s.occurrence() != null && s.activityId() == null) {
            throw new DomainRuleViolation("event.occurrenceNeedsActivity");
        }
        this.occurrence = s.occurrence();
        this.details = Texts.present(s.details(), "event");
        this.status = s.status() == null ? EventStatus.SCHEDULED : s.status();
        if (s.cancellationReason() != null && status != EventStatus.CANCELLED) {
            throw new DomainRuleViolation("event.reasonWithoutCancellation");
        }
        this.cancellationReason = Texts.optional(s.cancellationReason());
        this.attendance = Texts.listOf(s.attendance(), "attendance");
        this.minutes = s.minutes();
        this.plannedDecisions = new ArrayList<>(Texts.listOf(s.plannedDecisions(), "plannedDecisions"));
        if (!plannedDecisions.isEmpty() && minutes == null) {
            throw new DomainRuleViolation("minutes.none");
        }
        plannedDecisions.forEach(d -> decision(d.item(), d.decision()));
    }

    /** Schedules an event of a planned activity; its day must fall inside the activity's stage (or program) period. */
    public static Event fromActivity(
            EventId id,
            CommunityId communityId,
            ProgramId programId,
            ActivityId activityId,
            Period allowed,
            Details details) {
        requireActivityInside(programId, activityId, allowed, details);
        return scheduled(
                new Snapshot(id, 0, communityId, programId, activityId, null, details, null, null, null, null));
    }

    /**
     * Schedules the event of one occurrence of a planned activity (a day its schedule gives); the event is on that day
     * and remembers it, even if it is moved later.
     */
    public static Event fromOccurrence(
            EventId id,
            CommunityId communityId,
            ProgramId programId,
            ActivityId activityId,
            Period allowed,
            LocalDate occurrence,
            Details details) {
        Texts.present(occurrence, "occurrence");
        requireActivityInside(programId, activityId, allowed, details);
        if (!details.date().equals(occurrence)) {
            throw new DomainRuleViolation("event.notOnOccurrence", details.date(), occurrence);
        }
        return scheduled(new Snapshot(
                id, 0, communityId, programId, activityId, occurrence, details, null, null, null, List.of()));
    }

    /**
     * Whether this event already stands for the activity's occurrence on the day: it was generated for that day, or it
     * was scheduled by hand for the activity on that day.
     */
    public boolean standsFor(ActivityId activity, LocalDate day) {
        return activity.equals(activityId)
                && (occurrence != null ? occurrence.equals(day) : details.date().equals(day));
    }

    /** Schedules an event that belongs to no planned activity. */
    public static Event standalone(EventId id, CommunityId communityId, Details details) {
        return scheduled(new Snapshot(id, 0, communityId, null, null, null, details, null, null, null, null));
    }

    private static Event scheduled(Snapshot snapshot) {
        Event event = new Event(snapshot);
        event.record(new EventScheduled(event.id, event.communityId, event.details.date()));
        return event;
    }

    private static void requireActivityInside(
            ProgramId programId, ActivityId activityId, Period allowed, Details details) {
        Texts.present(programId, "programId");
        Texts.present(activityId, "activityId");
        Texts.present(allowed, "allowedPeriod");
        requireInside(details, allowed);
    }

    private static void requireInside(Details details, Period allowed) {
        Texts.present(details, "event");
        if (!allowed.contains(details.date())) {
            throw new DomainRuleViolation("event.outsideStage", details.date(), allowed.start(), allowed.end());
        }
    }

    /** Rebuilds a stored event from its snapshot, checking its rules again: the named rehydration path for stores. */
    public static Event restore(Snapshot snapshot) {
        return new Event(snapshot);
    }

    /**
     * The event's full state, the named rehydration path for stores: they keep it and hand it back to {@code restore}.
     */
    public Snapshot snapshot() {
        return new Snapshot(
                id,
                version(),
                communityId,
                programId,
                activityId,
                occurrence,
                details,
                status,
                attendance,
                minutes,
                plannedDecisions,
                cancellationReason);
    }

    /**
     * Moves the event or changes its details; an activity's event stays inside the period given (null for a
     * standalone event). An event that took place keeps its day once attendance or minutes are recorded.
     */
    public void reschedule(Details newDetails, Period allowed) {
        Texts.present(newDetails, "event");
        requireScheduled();
        if (activityId != null) {
            requireInside(newDetails, Texts.present(allowed, "allowedPeriod"));
        }
        if ((!attendance.isEmpty() || minutes != null) && !newDetails.date().equals(details.date())) {
            throw new DomainRuleViolation("event.alreadyRecorded");
        }
        this.details = newDetails;
    }

    /**
     * Cancels the event, with an optional reason; refused as DomainRuleViolation {@code event.cancelled} when it is
     * cancelled already and {@code event.alreadyRecorded} once attendance or minutes are recorded.
     */
    public void cancel(String reason) {
        requireScheduled();
        if (!attendance.isEmpty() || minutes != null) {
            throw new DomainRuleViolation("event.alreadyRecorded");
        }
        status = EventStatus.CANCELLED;
        cancellationReason = Texts.optional(reason);
        record(new EventCancelled(id, cancellationReason));
    }

    private void requireScheduled() {
        if (status == EventStatus.CANCELLED) {
            throw new DomainRuleViolation("event.cancelled");
        }
    }

    /** Whether the event has taken place by the given day: it is not cancelled and its day has come. */
    public boolean hasTakenPlace(LocalDate today) {
        return status == EventStatus.SCHEDULED && !details.date().isAfter(today);
    }

    private void requireTakenPlace(LocalDate today) {
        Texts.present(today, "today");
        requireScheduled();
        if (!hasTakenPlace(today)) {
            throw new DomainRuleViolation("event.notYetTakenPlace", details.date());
        }
    }

    /**
     * Records who attended an event that has taken place. Each member line must name a member of the community (the
     * {@code communityMembers}); anyone else must be listed as a guest. Replaces an earlier list.
     */
    public void recordAttendance(List<AttendanceEntry> entries, Set<MembershipId> communityMembers, LocalDate today) {
        requireTakenPlace(today);
        Texts.present(communityMembers, "communityMembers");
        List<AttendanceEntry> list = Texts.listOf(entries, "attendance");
        Set<MembershipId> seen = new HashSet<>();
        for (AttendanceEntry entry : list) {
            if (!entry.isGuest()) {
                if (!communityMembers.contains(entry.memberId())) {
                    throw new DomainRuleViolation("attendance.notAMember", entry.memberId(), details.date());
                }
                if (!seen.add(entry.memberId())) {
                    throw new DomainRuleViolation("attendance.listedTwice", entry.memberId());
                }
            }
        }
        this.attendance = list;
        record(new AttendanceRecorded(id, presentMembers(), absentMembers(), guests()));
    }

    /** Records the minutes of an event that has taken place; they cannot be dated before the event. */
    public void recordMinutes(Minutes newMinutes, LocalDate today) {
        Texts.present(newMinutes, "minutes");
        requireTakenPlace(today);
        if (newMinutes.date().isBefore(details.date())) {
            throw new DomainRuleViolation("minutes.beforeEvent", newMinutes.date(), details.date());
        }
        if (!plannedDecisions.isEmpty()) {
            throw new DomainRuleViolation("minutes.decisionsPlanned", plannedDecisions.size());
        }
        this.minutes = newMinutes;
        record(new MinutesRecorded(id, newMinutes.number()));
    }

    /** The words of decision {@code decision} (from 1) of agenda item {@code item} (from 1) of the minutes. */
    public String decision(int item, int decision) {
        if (minutes == null) {
            throw new DomainRuleViolation("minutes.none");
        }
        if (item < 1 || item > minutes.agenda().size()) {
            throw new DomainRuleViolation("minutes.noSuchDecision", item, decision);
        }
        List<String> decided = minutes.agenda().get(item - 1).decided();
        if (decision < 1 || decision > decided.size()) {
            throw new DomainRuleViolation("minutes.noSuchDecision", item, decision);
        }
        return decided.get(decision - 1);
    }

    /**
     * Remembers that a decision of the minutes became the given activity of a program; a decision becomes a plan item
     * only once.
     */
    public void planDecision(int item, int decision, ProgramId program, ActivityId activity) {
        requireScheduled();
        decision(item, decision);
        plannedDecisions.stream().filter(d -> d.is(item, decision)).findFirst().ifPresent(d -> {
            throw new DomainRuleViolation("minutes.decisionAlreadyPlanned", item, decision, d.activityId());
        });
        plannedDecisions.add(new PlannedDecision(item, decision, program, activity));
        record(new DecisionPlanned(id, item, decision, program, activity));
    }

    /** The decisions of the minutes that became plan items, in the order they were planned. */
    public List<PlannedDecision> plannedDecisions() {
        return List.copyOf(plannedDecisions);
    }

    /** How many members the attendance list marks present (guests not counted). */
    public int presentMembers() {
        return (int)
                attendance.stream().filter(a -> !a.isGuest() && a.present()).count();
    }

    /** How many members the attendance list marks absent. */
    public int absentMembers() {
        return (int)
                attendance.stream().filter(a -> !a.isGuest() && !a.present()).count();
    }

    /** How many guests the attendance list names. */
    public int guests() {
        return (int) attendance.stream().filter(AttendanceEntry::isGuest).count();
    }

    @Override
    public EventId getId() {
        return id;
    }

    /** The community that holds the event. */
    public CommunityId communityId() {
        return communityId;
    }

    /** The program whose activity this event carries out, or null for a standalone event. */
    public ProgramId programId() {
        return programId;
    }

    /** The planned activity (мероприятие) this event carries out, or null for a standalone event. */
    public ActivityId activityId() {
        return activityId;
    }

    /** The day of the activity's schedule this event was generated for, or null for an event scheduled by hand. */
    public LocalDate occurrence() {
        return occurrence;
    }

    /** What, when and where: title, form, day and local times, place and facilitators. */
    public Details details() {
        return details;
    }

    /** The day the event takes place, in its community's time zone. */
    public LocalDate date() {
        return details.date();
    }

    /** Whether the event is scheduled or cancelled. */
    public EventStatus status() {
        return status;
    }

    /** Why the event was cancelled, or null when it is not cancelled or no reason was given. */
    public String cancellationReason() {
        return cancellationReason;
    }

    /** The attendance list (members present or absent, and guests) as last recorded; empty until it is recorded. */
    public List<AttendanceEntry> attendance() {
        return attendance;
    }

    /** The minutes (протокол) of the event, or null until they are recorded. */
    public Minutes minutes() {
        return minutes;
    }

    /** Value: what, when and where — title, form, day and local times, place and facilitators. */
    public record Details(
            String title,
            Form form,
            LocalDate date,
            LocalTime startsAt,
            LocalTime endsAt,
            String place,
            List<String> facilitators)
            implements org.jmolecules.ddd.types.ValueObject {

        public Details {
            title = Texts.required(title, "event.title");
            Texts.present(date, "event.date");
            place = Texts.optional(place);
            facilitators = Texts.listOf(facilitators, "event.facilitators").stream()
                    .map(f -> Texts.required(f, "event.facilitator"))
                    .toList();
            if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
                throw new DomainRuleViolation("event.endsBeforeStart", startsAt, endsAt);
            }
            if (startsAt == null && endsAt != null) {
                throw new DomainRuleViolation("required", "event.startsAt");
            }
        }
    }

    /** The full state, for storing and rebuilding; {@code cancellationReason} only for a cancelled event. */
    public record Snapshot(
            EventId id,
            long version,
            CommunityId communityId,
            ProgramId programId,
            ActivityId activityId,
            LocalDate occurrence,
            Details details,
            EventStatus status,
            List<AttendanceEntry> attendance,
            Minutes minutes,
            List<PlannedDecision> plannedDecisions,
            String cancellationReason) {

        public Snapshot {
            plannedDecisions = Texts.listOf(plannedDecisions, "plannedDecisions");
        }

        /** The state of an event without a reason of cancellation (a scheduled event, or one cancelled without it). */
        public Snapshot(
                EventId id,
                long version,
                CommunityId communityId,
                ProgramId programId,
                ActivityId activityId,
                LocalDate occurrence,
                Details details,
                EventStatus status,
                List<AttendanceEntry> attendance,
                Minutes minutes,
                List<PlannedDecision> plannedDecisions) {
            this(
                    id,
                    version,
                    communityId,
                    programId,
                    activityId,
                    occurrence,
                    details,
                    status,
                    attendance,
                    minutes,
                    plannedDecisions,
                    null);
        }
    }
}
