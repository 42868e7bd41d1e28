package org.stepahead.application.port.in.event;

import java.util.List;

/** Use case: attendance counts per event and per member over a period or a program. */
public interface GetAttendanceSummaryUseCase {

    /** Each scheduled event's counts, by day. */
    List<EventAttendanceView> byEvent(AttendanceSummaryQuery query);

    /**
     * Each member's counts: every member who belonged to the community during the period (or now, without one), and
     * anyone else listed, by name in Russian alphabetical order.
     */
    List<MemberAttendanceView> byMember(AttendanceSummaryQuery query);
}
