package org.stepahead.application.port.in.event;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.Occurrences;

/**
 * Read model: the days an activity's schedule gives inside its period, or why none ({@code status}, with its
 * Russian wording in {@code statusText}).
 */
public record ActivityOccurrences(
        ActivityId activityId,
        String number,
        String title,
        StageId stageId,
        String scheduleText,
        List<LocalDate> dates,
        Occurrences.Status status,
        String statusText) {}
