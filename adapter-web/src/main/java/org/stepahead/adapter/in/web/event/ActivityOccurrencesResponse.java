package org.stepahead.adapter.in.web.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response: the days an activity's schedule gives in its period, or why none ({@code status}, {@code statusText}). */
public record ActivityOccurrencesResponse(
        UUID activityId,
        String number,
        String title,
        UUID stageId,
        String scheduleText,
        List<LocalDate> dates,
        String status,
        String statusText) {}
