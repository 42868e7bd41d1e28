package org.stepahead.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Value: when an activity happens ("сроки"), as a structure that software can compute with, always keeping the
 * words the plan used ({@link #text()}).
 *
 * <p>The kinds are those found in real plans: a date (or a deadline), a month, a range of days or months, a
 * recurrence (a count per week, month, quarter, half-year or year), the nth weekday of each month, continuous
 * work, work on request, work by a separate plan, several of these at once, and text nobody could read yet.
 */
public sealed interface Schedule extends ValueObject
        permits Schedule.Once,
                Schedule.InMonth,
                Schedule.InRange,
                Schedule.Recurring,
                Schedule.NthWeekdayOfMonth,
                Schedule.Continuous,
                Schedule.OnRequest,
                Schedule.ByPlan,
                Schedule.Several,
                Schedule.Unparsed {

    /** The original words of the plan ("каждый 3-тий понедельник месяца"); empty when entered as a structure. */
    String text();

    /** The kind, for storage and display: the one that names this schedule's variant. */
    default Kind kind() {
        return Kind.of(this);
    }

    /** The kinds of schedule, one for each variant. */
    enum Kind {
        ONCE(Once.class),
        MONTH(InMonth.class),
        RANGE(InRange.class),
        RECURRING(Recurring.class),
        NTH_WEEKDAY(NthWeekdayOfMonth.class),
        CONTINUOUS(Continuous.class),
        ON_REQUEST(OnRequest.class),
        BY_PLAN(ByPlan.class),
        SEVERAL(Several.class),
        UNPARSED(Unparsed.class);

        private final Class<? extends Schedule> variant;

        Kind(Class<? extends Schedule> variant) {
            this.variant = variant;
        }

        private static Kind of(Schedule schedule) {
            for (Kind kind : values()) {
                if (kind.variant.isInstance(schedule)) {
                    return kind;
                }
            }
            throw new IllegalStateException("No kind names " + schedule.getClass());
        }
    }

    /**
     * How often a recurrence counts: per week, month, school quarter (четверть), calendar quarter (квартал),
     * half-year or year.
     */
    enum Frequency {
        WEEK,
        MONTH,
        QUARTER,
        CALENDAR_QUARTER,
        HALF_YEAR,
        YEAR
    }

    /** The longest plan wording a schedule keeps (a cell of a plan table, not a document). */
    int MAX_TEXT = 1000;

    private static String textOf(String text) {
        return limited(text == null ? "" : text.strip(), "schedule.text");
    }

    private static String limited(String value, String field) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new DomainRuleViolation("schedule.tooLong", field, MAX_TEXT);
        }
        return value;
    }

    /** On one day; a deadline ("до 15 сентября") when {@code deadline} is set. */
    record Once(LocalDate date, boolean deadline, String text) implements Schedule {
        public Once {
            Texts.present(date, "schedule.date");
            text = textOf(text);
        }
    }

    /** Some time in one month ("январь 2021 г."). */
    record InMonth(YearMonth month, String text) implements Schedule {
        public InMonth {
            Texts.present(month, "schedule.month");
            text = textOf(text);
        }
    }

    /** Some time within a span of days ("сентябрь - декабрь 2020 г." is 1 September to 31 December 2020). */
    record InRange(Period period, String text) implements Schedule {
        public InRange {
            Texts.present(period, "schedule.period");
            text = textOf(text);
        }
    }

    /** A number of times per unit ("2 раза в месяц", "1 раз в четверть", "1 издание в квартал"). */
    record Recurring(int times, Frequency per, String text) implements Schedule {
        public Recurring {
            Texts.present(per, "schedule.per");
            if (times < 1 || times > 31) {
                throw new DomainRuleViolation("schedule.times", times);
            }
            text = textOf(text);
        }
    }

    /**
     * The nth given weekday of every month ("каждый 3-тий понедельник месяца"); {@code nth} is 1 to 5, or -1 for
     * the last one.
     */
    record NthWeekdayOfMonth(int nth, DayOfWeek dayOfWeek, String text) implements Schedule {
        public NthWeekdayOfMonth {
            Texts.present(dayOfWeek, "schedule.dayOfWeek");
            if (nth != -1 && (nth < 1 || nth > 5)) {
                throw new DomainRuleViolation("schedule.nth", nth);
            }
            text = textOf(text);
        }
    }

    /** All through the period of the plan or stage ("в течение года", "в течение всего периода"). */
    record Continuous(String text) implements Schedule {
        public Continuous {
            text = textOf(text);
        }
    }

    /** Whenever someone asks ("по запросу ОО"); {@code requester} is who asks, when the plan names it. */
    record OnRequest(String requester, String text) implements Schedule {
        public OnRequest {
            requester = limited(Texts.optional(requester), "schedule.requester");
            text = textOf(text);
        }
    }

    /** As another plan says ("по маршрутной карте", "по отдельному плану", "по итогам …"). */
    record ByPlan(String plan, String text) implements Schedule {
        public ByPlan {
            plan = limited(Texts.required(plan, "schedule.plan"), "schedule.plan");
            text = textOf(text);
        }
    }

    /** Several separate times in one phrase ("ноябрь 2020 г. апрель 2021 г."). */
    record Several(List<Schedule> parts, String text) implements Schedule {
        public Several {
            parts = Texts.listOf(parts, "schedule.parts");
            if (parts.size() < 2) {
                throw new DomainRuleViolation("schedule.severalNeedsTwo");
            }
            text = textOf(text);
        }
    }

    /** Words that could not be read as a schedule yet: kept as they are, never lost. */
    record Unparsed(String text) implements Schedule {
        public Unparsed {
            text = limited(Texts.required(text, "schedule.text"), "schedule.text");
        }
    }
}
