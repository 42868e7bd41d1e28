package org.stepahead.adapter.out.persistence.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.AgendaItemRow;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.AgendaLineRow;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.AttendanceRow;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.EventAttendanceRow;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.EventRow;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.FacilitatorRow;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.MemberAttendanceRow;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.PlannedDecisionRow;
import org.stepahead.application.port.out.AttendanceCriteria;
import org.stepahead.application.port.out.EventAttendanceCount;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.MemberAttendanceCount;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.AgendaItem;
import org.stepahead.domain.event.AttendanceEntry;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.EventStatus;
import org.stepahead.domain.event.Minutes;
import org.stepahead.domain.event.PlannedDecision;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.Form;

/** Persistence adapter: events in table {@code event} with facilitators, attendance and minutes. */
final class JdbcEventRepository extends JdbcRepository<Event, EventId> implements EventRepository {

    private static final RootTable EVENT = new RootTable(
            "event",
            "community_id, program_id, activity_id, occurrence_date, title, form, event_date, starts_at,"
                    + " ends_at, place, status, minutes_number, minutes_date, chair, secretary, cancellation_reason",
            "event_id",
            "event_planned_decision",
            "agenda_line",
            "agenda_item",
            "attendance",
            "event_facilitator");
    private static final String ATTENDANCE_BY_EVENT = "select e.id, e.event_date, e.title, e.program_id, e.activity_id,"
            + " count(case when a.membership_id is not null and a.present then 1 end) as present,"
            + " count(case when a.membership_id is not null and not a.present then 1 end) as absent,"
            + " count(case when a.event_id is not null and a.membership_id is null then 1 end) as guests"
            + " from event e left join attendance a on a.event_id = e.id"
            + " <where>"
            + " group by e.id, e.event_date, e.starts_at, e.title, e.program_id, e.activity_id"
            + " order by e.event_date, e.starts_at nulls first, e.id";
    private static final String ATTENDANCE_BY_MEMBER = "select a.membership_id,"
            + " count(case when a.present then 1 end) as attended,"
            + " count(case when not a.present then 1 end) as missed"
            + " from attendance a join event e on e.id = a.event_id"
            + " <where> and a.membership_id is not null"
            + " group by a.membership_id";
    private static final String SPOKE = "SPOKE";
    private static final String DECIDED = "DECIDED";

    JdbcEventRepository(JdbcSession session) {
        super(session, EVENT.select(), EventId::value);
    }

    @Override
    public List<Event> findByCommunityBetween(CommunityId communityId, LocalDate from, LocalDate to) {
        return select(
                " where community_id = :community and event_date between :from and :to"
                        + " order by event_date, starts_at, id",
                q -> q.bind("community", communityId.value()).bind("from", from).bind("to", to));
    }

    @Override
    public List<Event> findByActivity(ProgramId programId, ActivityId activityId) {
        return select(
                " where program_id = :program and activity_id = :activity order by event_date, id",
                q -> q.bind("program", programId.value()).bind("activity", activityId.value()));
    }

    @Override
    public List<Event> findByProgram(ProgramId programId) {
        return select(
                " where program_id = :program order by event_date, starts_at, id",
                q -> q.bind("program", programId.value()));
    }

    @Override
    public List<EventAttendanceCount> attendanceByEvent(AttendanceCriteria criteria) {
        return session.read(h ->
                select(h, ATTENDANCE_BY_EVENT, criteria).mapTo(EventAttendanceRow.class).list().stream()
                        .map(r -> new EventAttendanceCount(
                                new EventId(r.id()),
                                r.eventDate(),
                                r.title(),
                                r.programId() == null ? null : new ProgramId(r.programId()),
                                r.activityId() == null ? null : new ActivityId(r.activityId()),
                                r.present(),
                                r.absent(),
                                r.guests()))
                        .toList());
    }

    @Override
    public List<MemberAttendanceCount> attendanceByMember(AttendanceCriteria criteria) {
        return session.read(h ->
                select(h, ATTENDANCE_BY_MEMBER, criteria).mapTo(MemberAttendanceRow.class).list().stream()
                        .map(r ->
                                new MemberAttendanceCount(new MembershipId(r.membershipId()), r.attended(), r.missed()))
                        .toList());
    }

    /** The scheduled events of the criteria: only the conditions it sets are in the statement. */
    private static Query select(Handle h, String sql, AttendanceCriteria c) {
        StringBuilder where = new StringBuilder("where e.community_id = :community and e.status = 'SCHEDULED'");
        if (c.programId() != null) {
            where.append(" and e.program_id = :program");
        }
        if (c.from() != null) {
            where.append(" and e.event_date >= :from");
        }
        if (c.to() != null) {
            where.append(" and e.event_date <= :to");
        }
        Query query = h.createQuery(sql.replace("<where>", where))
                .bind("community", c.communityId().value());
        if (c.programId() != null) {
            query.bind("program", c.programId().value());
        }
        if (c.from() != null) {
            query.bind("from", c.from());
        }
        if (c.to() != null) {
            query.bind("to", c.to());
        }
        return query;
    }

    @Override
    protected List<Event> load(Handle h, Query query) {
        List<EventRow> roots = query.mapTo(EventRow.class).list();
        if (roots.isEmpty()) {
            return List.of();
        }
        Rows.Children children = EVENT.parts(h, roots.stream().map(EventRow::id).toList());
        List<Event> result = new ArrayList<>(roots.size());
        for (EventRow row : roots) {
            UUID id = row.id();
            List<AgendaLineRow> ownLines =
                    children.of(id, "agenda_line", "event_id, item_position, kind, position", AgendaLineRow.class);
            Minutes minutes = row.minutesNumber() == null
                    ? null
                    : new Minutes(
                            row.minutesNumber(),
                            row.minutesDate(),
                            row.chair(),
                            row.secretary(),
                            children.of(id, "agenda_item", AgendaItemRow.class).stream()
                                    .map(i -> new AgendaItem(
                                            i.topic(),
                                            i.heard(),
                                            linesOf(ownLines, i.position(), SPOKE),
                                            linesOf(ownLines, i.position(), DECIDED)))
                                    .toList());
            result.add(Event.restore(new Event.Snapshot(
                    new EventId(id),
                    row.version(),
                    new CommunityId(row.communityId()),
                    row.programId() == null ? null : new ProgramId(row.programId()),
                    row.activityId() == null ? null : new ActivityId(row.activityId()),
                    row.occurrenceDate(),
                    new Event.Details(
                            row.title(),
                            row.form() == null ? null : Form.valueOf(row.form()),
                            row.eventDate(),
                            row.startsAt(),
                            row.endsAt(),
                            row.place(),
                            children.of(id, "event_facilitator", FacilitatorRow.class).stream()
                                    .map(FacilitatorRow::name)
                                    .toList()),
                    EventStatus.valueOf(row.status()),
                    children.of(id, "attendance", AttendanceRow.class).stream()
                            .map(a -> new AttendanceEntry(
                                    a.membershipId() == null ? null : new MembershipId(a.membershipId()),
                                    a.guestName(),
                                    a.guestOrganization(),
                                    a.present()))
                            .toList(),
                    minutes,
                    children
                            .of(
                                    id,
                                    "event_planned_decision",
                                    "event_id, item_position, decision_position",
                                    PlannedDecisionRow.class)
                            .stream()
                            .map(p -> new PlannedDecision(
                                    p.itemPosition(),
                                    p.decisionPosition(),
                                    new ProgramId(p.programId()),
                                    new ActivityId(p.activityId())))
                            .toList(),
                    row.cancellationReason())));
        }
        return result;
    }

    private static List<String> linesOf(List<AgendaLineRow> lines, int item, String kind) {
        return lines.stream()
                .filter(l -> l.itemPosition() == item && l.kind().equals(kind))
                .map(AgendaLineRow::text)
                .toList();
    }

    @Override
    public long save(Event event) {
        Event.Snapshot s = event.snapshot();
        Event.Details d = s.details();
        Minutes minutes = s.minutes();
        UUID id = s.id().value();
        EventRow row = new EventRow(
                id,
                s.version(),
                s.communityId().value(),
                s.programId() == null ? null : s.programId().value(),
                s.activityId() == null ? null : s.activityId().value(),
                s.occurrence(),
                d.title(),
                d.form() == null ? null : d.form().name(),
                d.date(),
                d.startsAt(),
                d.endsAt(),
                d.place(),
                s.status() == null ? EventStatus.SCHEDULED.name() : s.status().name(),
                minutes == null ? null : minutes.number(),
                minutes == null ? null : minutes.date(),
                minutes == null ? null : minutes.chair(),
                minutes == null ? null : minutes.secretary(),
                s.cancellationReason());
        return save(EVENT, id, event.version(), row, h -> {
            Sql.insertAll(
                    h,
                    "insert into event_facilitator (event_id, position, name) values (:eventId, :position, :name)",
                    Rows.numbered(d.facilitators(), (f, i) -> new FacilitatorRow(id, i, f)));
            Sql.insertAll(
                    h,
                    "insert into attendance (event_id, position, membership_id, guest_name, guest_organization, present)"
                            + " values (:eventId, :position, :membershipId, :guestName, :guestOrganization, :present)",
                    Rows.numbered(
                            s.attendance(),
                            (a, i) -> new AttendanceRow(
                                    id,
                                    i,
                                    a.memberId() == null ? null : a.memberId().value(),
                                    a.guestName(),
                                    a.guestOrganization(),
                                    a.present())));
            if (minutes != null) {
                Sql.insertAll(
                        h,
                        "insert into agenda_item (event_id, position, topic, heard) values (:eventId, :position, :topic, :heard)",
                        Rows.numbered(minutes.agenda(), (a, i) -> new AgendaItemRow(id, i, a.topic(), a.heard())));
                List<AgendaLineRow> lines = new ArrayList<>();
                for (int i = 0; i < minutes.agenda().size(); i++) {
                    int item = i;
                    AgendaItem a = minutes.agenda().get(i);
                    lines.addAll(Rows.numbered(a.spoke(), (t, p) -> new AgendaLineRow(id, item, SPOKE, p, t)));
                    lines.addAll(Rows.numbered(a.decided(), (t, p) -> new AgendaLineRow(id, item, DECIDED, p, t)));
                }
                Sql.insertAll(
                        h,
                        "insert into agenda_line (event_id, item_position, kind, position, text)"
                                + " values (:eventId, :itemPosition, :kind, :position, :text)",
                        lines);
            }
            Sql.insertAll(
                    h,
                    "insert into event_planned_decision (event_id, item_position, decision_position, program_id,"
                            + " activity_id) values (:eventId, :itemPosition, :decisionPosition, :programId, :activityId)",
                    s.plannedDecisions().stream()
                            .map(p -> new PlannedDecisionRow(
                                    id,
                                    p.item(),
                                    p.decision(),
                                    p.programId().value(),
                                    p.activityId().value()))
                            .toList());
        });
    }
}
