package org.stepahead.adapter.out.persistence.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.AgendaItemRow;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.AgendaLineRow;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.AttendanceRow;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.EventRow;
import org.stepahead.adapter.out.persistence.jdbc.EventRows.FacilitatorRow;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.AgendaItem;
import org.stepahead.domain.event.AttendanceEntry;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.EventStatus;
import org.stepahead.domain.event.Minutes;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.Form;

/** Persistence adapter: events in table {@code event} with facilitators, attendance and minutes. */
final class JdbcEventRepository implements EventRepository {

  private static final String COLUMNS =
      "id, version, community_id, program_id, activity_id, title, form, event_date, starts_at, ends_at, place,"
          + " status, minutes_number, minutes_date, chair, secretary";
  private static final String INSERT =
      "insert into event (" + COLUMNS + ") values (:id, :newVersion, :communityId, :programId, :activityId, :title,"
          + " :form, :eventDate, :startsAt, :endsAt, :place, :status, :minutesNumber, :minutesDate, :chair,"
          + " :secretary)";
  private static final String UPDATE =
      "update event set version = version + 1, community_id = :communityId, program_id = :programId,"
          + " activity_id = :activityId, title = :title, form = :form, event_date = :eventDate,"
          + " starts_at = :startsAt, ends_at = :endsAt, place = :place, status = :status,"
          + " minutes_number = :minutesNumber, minutes_date = :minutesDate, chair = :chair, secretary = :secretary"
          + " where id = :id and version = :loadedVersion";
  private static final String SELECT = "select " + COLUMNS + " from event";
  private static final String SPOKE = "SPOKE";
  private static final String DECIDED = "DECIDED";

  private final JdbcSession session;

  JdbcEventRepository(JdbcSession session) {
    this.session = session;
  }

  @Override
  public Optional<Event> findById(EventId id) {
    return findAllById(List.of(id)).stream().findFirst();
  }

  @Override
  public List<Event> findAllById(Collection<EventId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<UUID> uuids = ids.stream().map(EventId::value).distinct().toList();
    return session.read(h -> load(h, h.createQuery(SELECT + " where id in (<ids>)").bindList("ids", uuids)));
  }

  @Override
  public List<Event> findByCommunityBetween(CommunityId communityId, LocalDate from, LocalDate to) {
    return session.read(
        h ->
            load(
                h,
                h.createQuery(
                        SELECT
                            + " where community_id = :community and event_date between :from and :to"
                            + " order by event_date, starts_at, id")
                    .bind("community", communityId.value())
                    .bind("from", from)
                    .bind("to", to)));
  }

  @Override
  public List<Event> findByActivity(ProgramId programId, ActivityId activityId) {
    return session.read(
        h ->
            load(
                h,
                h.createQuery(
                        SELECT + " where program_id = :program and activity_id = :activity order by event_date, id")
                    .bind("program", programId.value())
                    .bind("activity", activityId.value())));
  }

  private static List<Event> load(Handle h, Query query) {
    List<EventRow> roots = query.mapTo(EventRow.class).list();
    if (roots.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = roots.stream().map(EventRow::id).toList();
    String order = "event_id, position";
    Map<UUID, List<FacilitatorRow>> facilitators =
        Rows.byParent(Rows.ofParents(h, "event_facilitator", "event_id", ids, order, FacilitatorRow.class),
            FacilitatorRow::eventId);
    Map<UUID, List<AttendanceRow>> attendance =
        Rows.byParent(Rows.ofParents(h, "attendance", "event_id", ids, order, AttendanceRow.class),
            AttendanceRow::eventId);
    Map<UUID, List<AgendaItemRow>> items =
        Rows.byParent(Rows.ofParents(h, "agenda_item", "event_id", ids, order, AgendaItemRow.class),
            AgendaItemRow::eventId);
    Map<UUID, List<AgendaLineRow>> lines =
        Rows.byParent(
            Rows.ofParents(h, "agenda_line", "event_id", ids, "event_id, item_position, kind, position",
                AgendaLineRow.class),
            AgendaLineRow::eventId);
    List<Event> result = new ArrayList<>(roots.size());
    for (EventRow row : roots) {
      UUID id = row.id();
      List<AgendaLineRow> ownLines = Rows.of(lines, id);
      Minutes minutes =
          row.minutesNumber() == null
              ? null
              : new Minutes(
                  row.minutesNumber(),
                  row.minutesDate(),
                  row.chair(),
                  row.secretary(),
                  Rows.of(items, id).stream()
                      .map(
                          i ->
                              new AgendaItem(
                                  i.topic(),
                                  i.heard(),
                                  linesOf(ownLines, i.position(), SPOKE),
                                  linesOf(ownLines, i.position(), DECIDED)))
                      .toList());
      result.add(
          Event.restore(
              new Event.Snapshot(
                  new EventId(id),
                  row.version(),
                  new CommunityId(row.communityId()),
                  row.programId() == null ? null : new ProgramId(row.programId()),
                  row.activityId() == null ? null : new ActivityId(row.activityId()),
                  new Event.Details(
                      row.title(),
                      row.form() == null ? null : Form.valueOf(row.form()),
                      row.eventDate(),
                      row.startsAt(),
                      row.endsAt(),
                      row.place(),
                      Rows.of(facilitators, id).stream().map(FacilitatorRow::name).toList()),
                  EventStatus.valueOf(row.status()),
                  Rows.of(attendance, id).stream()
                      .map(
                          a ->
                              new AttendanceEntry(
                                  a.membershipId() == null ? null : new MembershipId(a.membershipId()),
                                  a.guestName(),
                                  a.guestOrganization(),
                                  a.present()))
                      .toList(),
                  minutes)));
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
    EventRow row =
        new EventRow(
            id,
            s.version(),
            s.communityId().value(),
            s.programId() == null ? null : s.programId().value(),
            s.activityId() == null ? null : s.activityId().value(),
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
            minutes == null ? null : minutes.secretary());
    return session.write(
        h -> {
          long version = Sql.saveRoot(h, "event", id, event.version(), INSERT, UPDATE, row);
          Sql.deleteChildren(h, "event_id", id, "agenda_line", "agenda_item", "attendance", "event_facilitator");
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
                  (a, i) ->
                      new AttendanceRow(
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
          return version;
        });
  }
}
