package org.stepahead.application.port.in.event;

/**
 * Use case: schedule events from the schedules of a program's activities. Idempotent: an occurrence that already has
 * its event gets no second one, so running it again adds nothing.
 */
public interface GenerateEventsUseCase {

    /** Creates the missing events and reports what was created and what existed. */
    GenerationReport generate(GenerateEventsCommand command);
}
