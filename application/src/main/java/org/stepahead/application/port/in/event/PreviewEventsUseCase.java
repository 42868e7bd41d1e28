package org.stepahead.application.port.in.event;

import java.util.List;

/** Use case: the occurrences a generation command would schedule, without scheduling anything. */
public interface PreviewEventsUseCase {

    /**
     * The occurrences per activity that generating would schedule; an invalid command throws InvalidCommandException,
     * an unknown program or activity NotFound.
     */
    List<ActivityOccurrences> preview(GenerateEventsCommand command);
}
