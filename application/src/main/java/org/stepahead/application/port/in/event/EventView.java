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

/** Read model: an event with its attendance counts and list, and its minutes if written. */
public record EventView(
    EventId id,
    long version,
    CommunityId communityId,
    ProgramId programId,
    ActivityId activityId,
    String title,
    Form form,
    LocalDate date,
    LocalTime startsAt,
    LocalTime endsAt,
    String timeZone,
    String place,
    List<String> facilitators,
    EventStatus status,
    int presentMembers,
    int absentMembers,
    int guests,
    List<AttendanceView> attendance,
    MinutesView minutes) {

  /** One attendance line: a member or a guest. */
  public record AttendanceView(
      MembershipId membershipId, String guestName, String guestOrganization, boolean present) {}

  /** The minutes with present and absent counts taken from the attendance. */
  public record MinutesView(
      String number, LocalDate date, String chair, String secretary, int present, int absent, List<AgendaView> agenda) {}

  /** One agenda item. */
  public record AgendaView(String topic, String heard, List<String> spoke, List<String> decided) {}
}
