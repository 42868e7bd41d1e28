package org.stepahead.adapter.in.web.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Response: an event with its attendance and minutes. */
public record EventResponse(
    UUID id,
    long version,
    UUID communityId,
    UUID programId,
    UUID activityId,
    String title,
    String form,
    LocalDate date,
    LocalTime startsAt,
    LocalTime endsAt,
    String timeZone,
    String place,
    List<String> facilitators,
    String status,
    int presentMembers,
    int absentMembers,
    int guests,
    List<Attendance> attendance,
    Minutes minutes) {

  /** One attendance line: a member or a guest. */
  public record Attendance(UUID membershipId, String guestName, String guestOrganization, boolean present) {}

  /** The minutes. */
  public record Minutes(
      String number, LocalDate date, String chair, String secretary, int present, int absent, List<Agenda> agenda) {}

  /** One agenda item. */
  public record Agenda(String topic, String heard, List<String> spoke, List<String> decided) {}
}
