package org.stepahead.application.port.in.event;

import java.util.List;

/** Use case: the occurrences a generation command would schedule, without scheduling anything. */
public interface PreviewEventsUseCase {

    List<ActivityOccurrences> preview(GenerateEventsCommand command);
}
