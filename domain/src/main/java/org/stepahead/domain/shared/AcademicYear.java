package org.stepahead.domain.shared;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Value: a school year, 1 September to 31 August ("2020-2021"). A month named without a year belongs to it:
 * September to December fall in the first calendar year, January to August in the second.
 */
public record AcademicYear(int firstYear) implements ValueObject {

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{4})\\s*[-–—/]\\s*(\\d{4})\\s*");

    public AcademicYear {
        if (firstYear < 1900 || firstYear > 2999) {
            throw new DomainRuleViolation("academicYear.invalid", firstYear);
        }
    }

    /** Reads "2020-2021" (hyphen, dash or slash); the second year must follow the first. */
    public static AcademicYear parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new DomainRuleViolation("academicYear.format", text);
        }
        return new AcademicYear(Integer.parseInt(m.group(1)));
    }

    /** The academic year that the day belongs to. */
    public static AcademicYear containing(LocalDate day) {
        return new AcademicYear(day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /** The days of the school year: 1 September of the first year to 31 August of the next. */
    public Period period() {
        return new Period(LocalDate.of(firstYear, 9, 1), LocalDate.of(firstYear + 1, 8, 31));
    }

    /** The month of this academic year with the given name. */
    public YearMonth month(Month month) {
        return YearMonth.of(month.getValue() >= Month.SEPTEMBER.getValue() ? firstYear : firstYear + 1, month);
    }

    /**
     * The month of that name in this academic year, or the same month a year earlier or later when only that one
     * falls in the plan's period: for a plan of 1 August 2026 to 31 May 2027 in the academic year 2025-2026 (the one
     * its first day lies in), "сентябрь" is September 2026 and "август" is August 2026.
     *
     * @param month the month's name
     * @param plan the plan's period
     */
    public YearMonth month(Month month, Period plan) {
        YearMonth inYear = month(month);
        for (YearMonth candidate : List.of(inYear, inYear.minusYears(1), inYear.plusYears(1))) {
            if (plan.overlaps(Period.ofMonth(candidate))) {
                return candidate;
            }
        }
        return inYear;
    }

    @Override
    public String toString() {
        return firstYear + "-" + (firstYear + 1);
    }
}
