package org.stepahead.domain.shared;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.jmolecules.ddd.types.ValueObject;

/** Value: a span of days, both ends included. */
public record Period(LocalDate start, LocalDate end) implements ValueObject {

    public Period {
        Texts.present(start, "period.start");
        Texts.present(end, "period.end");
        if (end.isBefore(start)) {
            throw new DomainRuleViolation("period.endBeforeStart", start, end);
        }
    }

    /**
     * The days from {@code start} to {@code end}, both included; an end before the start is refused as
     * DomainRuleViolation {@code period.endBeforeStart}.
     */
    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    /** The days of one month, from its first to its last. */
    public static Period ofMonth(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    /** The days from the first of month {@code from} to the last of month {@code to}. */
    public static Period ofMonths(YearMonth from, YearMonth to) {
        return new Period(from.atDay(1), to.atEndOfMonth());
    }

    /** The days of one calendar year, 1 January to 31 December. */
    public static Period ofYear(int year) {
        return new Period(Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth());
    }

    /** The days from 1 January of year {@code from} to 31 December of year {@code to}. */
    public static Period ofYears(int from, int to) {
        return new Period(Year.of(from).atDay(1), Year.of(to).atMonth(12).atEndOfMonth());
    }

    /** Whether the day falls within the period, ends included. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether the other period lies wholly within this one. */
    public boolean contains(Period other) {
        return contains(other.start) && contains(other.end);
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(Period other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }
}
