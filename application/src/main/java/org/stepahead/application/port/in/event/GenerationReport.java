package org.stepahead.application.port.in.event;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;

/**
 * Read model: what event generation did — the events it created, those that already stood for an occurrence (from an
 * earlier run, or scheduled by hand), and each activity's occurrences (activities without days say why).
 */
public record GenerationReport(
        ProgramId programId,
        List<GeneratedEvent> created,
        List<GeneratedEvent> existing,
        List<ActivityOccurrences> activities) {

    /** One event of an occurrence: the day of the schedule it stands for and the day it takes place. */
    public record GeneratedEvent(
            EventId eventId, ActivityId activityId, String title, LocalDate occurrence, LocalDate date) {}
}
