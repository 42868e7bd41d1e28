package org.stepahead.adapter.out.persistence.jdbc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;

/**
 * Persistence adapter: a schedule as rows of {@code activity_schedule} — part 0 is the schedule itself; the parts of a
 * compound schedule follow with their parent's part number — and back.
 */
public final class ScheduleRows {

    private ScheduleRows() {}

    /** A row of {@code activity_schedule}. */
    public record ScheduleRow(
            UUID activityId,
            UUID programId,
            int part,
            Integer parentPart,
            String kind,
            String text,
            LocalDate onDate,
            Boolean isDeadline,
            LocalDate monthStart,
            LocalDate rangeStart,
            LocalDate rangeEnd,
            Integer times,
            String perUnit,
            Integer nth,
            String dayOfWeek,
            String requester,
            String planName) {}

    static List<ScheduleRow> toRows(Schedule schedule, UUID activityId, UUID programId) {
        List<ScheduleRow> rows = new ArrayList<>();
        if (schedule != null) {
            add(rows, schedule, null, activityId, programId);
        }
        return rows;
    }

    private static void add(List<ScheduleRow> rows, Schedule s, Integer parent, UUID activityId, UUID programId) {
        int part = rows.size();
        LocalDate onDate = null;
        Boolean deadline = null;
        LocalDate monthStart = null;
        LocalDate rangeStart = null;
        LocalDate rangeEnd = null;
        Integer times = null;
        String per = null;
        Integer nth = null;
        String day = null;
        String requester = null;
        String plan = null;
        if (s instanceof Schedule.Once once) {
            onDate = once.date();
            deadline = once.deadline();
        } else if (s instanceof Schedule.InMonth month) {
            monthStart = month.month().atDay(1);
        } else if (s instanceof Schedule.InRange range) {
            rangeStart = range.period().start();
            rangeEnd = range.period().end();
        } else if (s instanceof Schedule.Recurring recurring) {
            times = recurring.times();
            per = recurring.per().name();
        } else if (s instanceof Schedule.NthWeekdayOfMonth weekday) {
            nth = weekday.nth();
            day = weekday.dayOfWeek().name();
        } else if (s instanceof Schedule.OnRequest onRequest) {
            requester = onRequest.requester();
        } else if (s instanceof Schedule.ByPlan byPlan) {
            plan = byPlan.plan();
        }
        rows.add(new ScheduleRow(
                activityId,
                programId,
                part,
                parent,
                s.kind().name(),
                s.text(),
                onDate,
                deadline,
                monthStart,
                rangeStart,
                rangeEnd,
                times,
                per,
                nth,
                day,
                requester,
                plan));
        if (s instanceof Schedule.Several several) {
            for (Schedule child : several.parts()) {
                add(rows, child, part, activityId, programId);
            }
        }
    }

    /** Rebuilds the schedule from one activity's rows (ordered by part); null when there are none. */
    static Schedule fromRows(List<ScheduleRow> rows) {
        return rows.isEmpty() ? null : build(rows, rows.get(0));
    }

    private static Schedule build(List<ScheduleRow> rows, ScheduleRow r) {
        return switch (Schedule.Kind.valueOf(r.kind())) {
            case ONCE -> new Schedule.Once(r.onDate(), Boolean.TRUE.equals(r.isDeadline()), r.text());
            case MONTH -> new Schedule.InMonth(YearMonth.from(r.monthStart()), r.text());
            case RANGE -> new Schedule.InRange(new Period(r.rangeStart(), r.rangeEnd()), r.text());
            case RECURRING -> new Schedule.Recurring(r.times(), Schedule.Frequency.valueOf(r.perUnit()), r.text());
            case NTH_WEEKDAY -> new Schedule.NthWeekdayOfMonth(r.nth(), DayOfWeek.valueOf(r.dayOfWeek()), r.text());
            case CONTINUOUS -> new Schedule.Continuous(r.text());
            case ON_REQUEST -> new Schedule.OnRequest(r.requester(), r.text());
            case BY_PLAN -> new Schedule.ByPlan(r.planName(), r.text());
            case UNPARSED -> new Schedule.Unparsed(r.text());
            case SEVERAL ->
                new Schedule.Several(
                        rows.stream()
                                .filter(c -> c.parentPart() != null && c.parentPart() == r.part())
                                .map(c -> build(rows, c))
                                .toList(),
                        r.text());
        };
    }
}
