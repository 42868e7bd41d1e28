package org.stepahead.adapter.in.web.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.mapstruct.Mapper;
import org.stepahead.adapter.in.web.common.WebMapperConfig;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;

/** Mapping: a schedule between its JSON form and the domain's kinds, written by hand because the kinds differ. */
@Mapper(config = WebMapperConfig.class)
interface ScheduleWebMapper {

    default Schedule schedule(ScheduleJson json) {
        if (json == null) {
            return null;
        }
        String text = json.text();
        Schedule.Kind kind = Schedule.Kind.valueOf(json.kind());
        switch (kind) {
            case ONCE -> require(json.date(), "date");
            case MONTH -> require(json.month(), "month");
            case RANGE -> {
                require(json.from(), "from");
                require(json.to(), "to");
            }
            case RECURRING -> {
                require(json.times(), "times");
                require(json.per(), "per");
            }
            case NTH_WEEKDAY -> {
                require(json.nth(), "nth");
                require(json.dayOfWeek(), "dayOfWeek");
            }
            case BY_PLAN -> require(json.plan(), "plan");
            case SEVERAL -> require(json.parts(), "parts");
            case UNPARSED -> require(json.text(), "text");
            default -> {
                // no fields but the text
            }
        }
        return switch (kind) {
            case ONCE -> new Schedule.Once(json.date(), Boolean.TRUE.equals(json.deadline()), text);
            case MONTH -> new Schedule.InMonth(json.month() == null ? null : YearMonth.parse(json.month()), text);
            case RANGE ->
                new Schedule.InRange(
                        json.from() == null || json.to() == null ? null : Period.of(json.from(), json.to()), text);
            case RECURRING ->
                new Schedule.Recurring(
                        json.times() == null ? 0 : json.times(),
                        json.per() == null ? null : Schedule.Frequency.valueOf(json.per()),
                        text);
            case NTH_WEEKDAY ->
                new Schedule.NthWeekdayOfMonth(
                        json.nth() == null ? 0 : json.nth(),
                        json.dayOfWeek() == null ? null : DayOfWeek.valueOf(json.dayOfWeek()),
                        text);
            case CONTINUOUS -> new Schedule.Continuous(text);
            case ON_REQUEST -> new Schedule.OnRequest(json.requester(), text);
            case BY_PLAN -> new Schedule.ByPlan(json.plan(), text);
            case SEVERAL ->
                new Schedule.Several(
                        json.parts() == null
                                ? null
                                : json.parts().stream().map(this::schedule).toList(),
                        text);
            case UNPARSED -> new Schedule.Unparsed(text);
        };
    }

    /** A field the schedule's kind needs is refused as a missing field of the request, not as a domain rule. */
    private static void require(Object value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw CommandValidation.missing("schedule." + field);
        }
    }

    default ScheduleJson json(Schedule schedule) {
        if (schedule == null) {
            return null;
        }
        String kind = schedule.kind().name();
        String text = schedule.text();
        if (schedule instanceof Schedule.Once s) {
            return new ScheduleJson(
                    kind, text, s.date(), s.deadline(), null, null, null, null, null, null, null, null, null, null);
        }
        if (schedule instanceof Schedule.InMonth s) {
            return new ScheduleJson(
                    kind, text, null, null, s.month().toString(), null, null, null, null, null, null, null, null, null);
        }
        if (schedule instanceof Schedule.InRange s) {
            LocalDate start = s.period().start();
            LocalDate end = s.period().end();
            return new ScheduleJson(kind, text, null, null, null, start, end, null, null, null, null, null, null, null);
        }
        if (schedule instanceof Schedule.Recurring s) {
            return new ScheduleJson(
                    kind, text, null, null, null, null, null, s.times(), s.per().name(), null, null, null, null, null);
        }
        if (schedule instanceof Schedule.NthWeekdayOfMonth s) {
            String day = s.dayOfWeek().name();
            return new ScheduleJson(
                    kind, text, null, null, null, null, null, null, null, s.nth(), day, null, null, null);
        }
        if (schedule instanceof Schedule.OnRequest s) {
            return new ScheduleJson(
                    kind, text, null, null, null, null, null, null, null, null, null, s.requester(), null, null);
        }
        if (schedule instanceof Schedule.ByPlan s) {
            return new ScheduleJson(
                    kind, text, null, null, null, null, null, null, null, null, null, null, s.plan(), null);
        }
        if (schedule instanceof Schedule.Several s) {
            List<ScheduleJson> parts = s.parts().stream().map(this::json).toList();
            return new ScheduleJson(
                    kind, text, null, null, null, null, null, null, null, null, null, null, null, parts);
        }
        return new ScheduleJson(kind, text, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
