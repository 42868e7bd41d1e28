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

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    public static Period ofMonth(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public static Period ofMonths(YearMonth from, YearMonth to) {
        return new Period(from.atDay(1), to.atEndOfMonth());
    }

    public static Period ofYear(int year) {
        return new Period(Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth());
    }

    public static Period ofYears(int from, int to) {
        return new Period(Year.of(from).atDay(1), Year.of(to).atMonth(12).atEndOfMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean contains(Period other) {
        return contains(other.start) && contains(other.end);
    }

    public boolean overlaps(Period other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }
}
