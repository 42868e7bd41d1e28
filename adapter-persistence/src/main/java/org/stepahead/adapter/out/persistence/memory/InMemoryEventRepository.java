package org.stepahead.adapter.out.persistence.memory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;

/** Persistence adapter: events kept in memory as snapshots, with attendance and minutes. */
final class InMemoryEventRepository extends InMemoryRepository<Event, EventId, Event.Snapshot>
    implements EventRepository {

  private static final Comparator<Event> BY_DAY =
      Comparator.comparing(Event::date)
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
    return where(s -> s.communityId().equals(communityId) && inRange.test(s)).sorted(BY_DAY).toList();
  }

  @Override
  public List<Event> findByActivity(ProgramId programId, ActivityId activityId) {
    Objects.requireNonNull(programId, "programId");
    Objects.requireNonNull(activityId, "activityId");
    return where(s -> programId.equals(s.programId()) && activityId.equals(s.activityId())).sorted(BY_DAY).toList();
  }
}
