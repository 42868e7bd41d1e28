package org.stepahead.adapter.in.web.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepahead.application.port.in.Messages;
import org.stepahead.domain.shared.Schedule;

/**
 * Words for the pages in the reader's language: enum values (named by the application's {@link Messages}) and
 * schedules (the plan's own words when it has them, else a sentence built from the structure).
 */
@Component
public class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return Messages.label(value, locale());
    }

    /** Every value of an enum as options labelled in the reader's language. */
    public List<Option> options(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), of(v))).toList();
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale());
    }

    /** The text of the key, or the text of the fallback key when the bundles have none. */
    public String textOr(String key, String fallbackKey) {
        String text = messages.getMessage(key, null, null, locale());
        return text == null ? text(fallbackKey) : text;
    }

    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A schedule as a person reads it. */
    public String schedule(Schedule schedule) {
        if (schedule == null) {
            return "";
        }
        if (!schedule.text().isBlank()) {
            return schedule.text();
        }
        if (schedule instanceof Schedule.Once once) {
            return text(once.deadline() ? "schedule.deadline" : "schedule.once", day(once.date()));
        }
        if (schedule instanceof Schedule.InMonth month) {
            return text("schedule.month", month.month().toString());
        }
        if (schedule instanceof Schedule.InRange range) {
            return text(
                    "schedule.range",
                    day(range.period().start()),
                    day(range.period().end()));
        }
        if (schedule instanceof Schedule.Recurring recurring) {
            return text("schedule.recurring", recurring.times(), of(recurring.per()));
        }
        if (schedule instanceof Schedule.NthWeekdayOfMonth nth) {
            return text("schedule.nthWeekday", nth.nth(), nth.dayOfWeek().getDisplayName(TextStyle.FULL, locale()));
        }
        if (schedule instanceof Schedule.OnRequest request) {
            return text("schedule.onRequest", nullToEmpty(request.requester()));
        }
        if (schedule instanceof Schedule.ByPlan plan) {
            return text("schedule.byPlan", nullToEmpty(plan.plan()));
        }
        if (schedule instanceof Schedule.Several several) {
            return several.parts().stream().map(this::schedule).collect(Collectors.joining("; "));
        }
        if (schedule instanceof Schedule.Continuous) {
            return text("schedule.continuous");
        }
        return schedule.text();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
