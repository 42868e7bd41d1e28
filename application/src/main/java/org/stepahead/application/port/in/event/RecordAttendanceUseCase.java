package org.stepahead.application.port.in.event;

/** Use case: record an event's attendance, once it has taken place. */
public interface RecordAttendanceUseCase {

    void recordAttendance(RecordAttendanceCommand command);
}
