package org.stepahead.application.port.in.event;

/** Use case: record an event's minutes, once it has taken place. */
public interface RecordMinutesUseCase {

    void recordMinutes(RecordMinutesCommand command);
}
