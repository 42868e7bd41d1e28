package org.stepahead.application.port.in.event;

/** Use case: record an event's attendance and minutes, once it has taken place. */
public interface RecordEventOutcomeUseCase {

    void recordAttendance(RecordAttendanceCommand command);

    void recordMinutes(RecordMinutesCommand command);
}
