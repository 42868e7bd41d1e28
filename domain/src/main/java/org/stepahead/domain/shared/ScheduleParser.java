package org.stepahead.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Russian words of a plan's "сроки" column ("каждый 3-тий понедельник месяца", "сентябрь - декабрь 2020
 * г.") into a {@link Schedule}, always keeping the original text.
 *
 * <p>First, a cell holding phrases of different kinds separated by commas or semicolons ("сентябрь, в течение
 * года", "сентябрь, по мере необходимости") is read part by part into {@link Schedule.Several}, when every part reads
 * and at least one part names dates and another does not. Otherwise rules are tried in this order (the first that
 * fits wins, so a combination such as "2 раза в четверть по отдельному плану" is the recurrence, with the whole text
 * kept):
 *
 * <ol>
 *   <li>The nth weekday of the month: "каждый 3-тий понедельник месяца", "третий понедельник", "1-я среда", "в
 *       последнюю пятницу месяца" (last = -1) → {@link Schedule.NthWeekdayOfMonth}.
 *   <li>Weekdays without an ordinal: "каждую среду", "каждый понедельник", "по вторникам и четвергам" → {@link
 *       Schedule.Recurring} per {@code WEEK}, the count being the number of weekdays named (the model has no "every
 *       Wednesday" kind; the weekday stays in the text).
 *   <li>Counts: "2 раза в месяц", "1 раз в четверть" (school quarter), "1 издание в квартал" (calendar quarter), "раз
 *       в полугодие", "дважды в год", "не реже 1 раза в четверть", "не менее двух раз в год", "не менее двух в
 *       месяц", "не менее одного собрания в четверть", "ежемесячно", "еженедельно", "ежеквартально" (calendar
 *       quarter), "ежегодно", "каждый месяц", "до 25 числа каждого месяца" → {@link Schedule.Recurring}. A span of
 *       counts ("2-3 раза в месяц") takes the first number; a minimum ("не реже", "не менее") is read as the count.
 *   <li>On request and situational words: "по запросу", "по запросу ОО" (requester = the words after, up to a comma),
 *       "по заявкам", and without a requester "по мере необходимости", "по необходимости", "при необходимости", "в
 *       случае необходимости", "по ситуации", "по мере поступления" → {@link Schedule.OnRequest}.
 *   <li>By plan: "по итогам …" (plan = the words after "по итогам"), "по маршрутной карте" (plan "маршрутная
 *       карта"), "по отдельному плану" ("отдельный план"), "по графику ФЦТ", "по приказу" ("приказ"), "согласно
 *       положению" ("положение"), "по регламенту", "в соответствии с приказом" — the adjectives and the noun are put
 *       back in the nominative, the rest is kept as written → {@link Schedule.ByPlan}.
 *   <li>Years named by number: "2020-2021 учебный год", "в течение 2026–2027 уч. г.", "на 2020-2021 учебный год" →
 *       {@link Schedule.InRange} over the academic year's period (1 September to 31 August); "2011 - 2013 гг." → 1
 *       January of the first to 31 December of the last.
 *   <li>Continuous: "в течение года", "в течение (всего) учебного года", "в течение календарного года", "в течение
 *       всего периода", "постоянно", "систематически", "весь период", and "ежедневно" (the model has no daily
 *       frequency: work done every day runs all through the period) → {@link Schedule.Continuous}.
 *   <li>Dates and months: months in any case form or abbreviated ("январь", "января", "в январе", "янв.",
 *       "сентябрь месяц"), with or without a year and "г."/"года"; dates "15.09.2021", "15.09", "15 сентября";
 *       footnote marks are left out ("15.09*", "октябрь¹") and so are weekday notes in brackets ("12–16 октября
 *       (пн–пт)", "1 сентября (вт.) — 27 октября (вт.)"); school quarters ("II четверть", "вторая четверть", "в 3
 *       четверти", "III - IV четверть") and half-years ("I полугодие", "в течение 1 полугодия", "1 полугодие
 *       2009-2010 уч. года" in that academic year); calendar quarters ("I квартал", "I квартал 2027 г.", "2 кв.
 *       2027"); a calendar year ("в течение 2027 года", "2027 г."). A hyphen, dash, "по" or a non-initial "до" joins
 *       two of them into a range; commas, "и", or nothing separate them into {@link Schedule.Several}, each part
 *       keeping its own words. An initial "до"/"к"/"по"/"не позднее"/"в срок до" with one date makes a deadline
 *       ({@link Schedule.Once} with {@code deadline}); "до конца сентября" is a deadline on the month's last day. An
 *       initial "с" with one date, month or quarter and no end is an open range to the end of the academic year (or
 *       of the plan's period when one is given): "с 15 сентября", "с октября". "в начале/в конце сентября" reads
 *       coarsely as the month.
 * </ol>
 *
 * <p>Years: a month or date without a year falls in the academic year ({@link AcademicYear#month(Month)}:
 * September–December in the first year, January–August in the second). In a range, an end without a year takes the
 * other end's year, moving one year so that the start is not after the end ("октябрь - апрель 2021 г." is October
 * 2020 to April 2021); when neither end has a year and the start would fall after the end, the start moves one year
 * back: "август - сентябрь" is 1 August to 30 September of the first year (August prepares September). A calendar
 * quarter without a year falls in the year its first month belongs to in the academic year.
 *
 * <p>Default school calendar for quarters (real ones differ by region and school): 1st quarter September–October,
 * 2nd November–December, 3rd January–March, 4th April–May; 1st half-year September–December, 2nd January–May.
 *
 * <p>Unparsed on purpose (kept as {@link Schedule.Unparsed}): holidays ("в каникулы": their dates vary), "раз в две
 * недели", "1 раз в триместр" (no such frequency), "до сентября" without a day, a year alone ("2021"), and any phrase
 * with words the rules above do not know. Reading never throws for any text; null or blank text gives {@code null}
 * (there is nothing to keep).
 */
public final class ScheduleParser {

    private ScheduleParser() {}

    private static final String L = "\\p{L}";
    private static final String WEEKDAY = "(понедельник" + L + "*|вторник" + L + "*|сред(?:а|у|ы|е|ам|ами)|четверг" + L
            + "*|пятниц" + L + "*|суббот" + L + "*|воскресень" + L + "*)(?!" + L + ")";
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(?<![" + L + "\\d])(?:(\\d)\\s*-?\\s*" + L
            + "{0,3}|(перв|втор|трет|четверт|пят|последн)" + L + "*)\\s+" + WEEKDAY);
    private static final Pattern EVERY_WEEKDAY =
            Pattern.compile("(?<!" + L + ")(?:кажд" + L + "*|по|еженедельно(?:\\s+по)?)\\s+" + WEEKDAY);
    private static final Pattern ANY_WEEKDAY = Pattern.compile("(?<!" + L + ")" + WEEKDAY);
    private static final String COUNT = "(\\d{1,2}|один|одна|одно|одного|два|две|двух|три|трех|четыре|пять|шесть)";
    private static final Pattern TIMES_PER =
            Pattern.compile("(?<![" + L + "\\d])(?:" + COUNT + "(?:\\s*-\\s*\\d{1,2})?(?:\\s*-?\\s*(?:х|ух|ех))?\\s+)?"
                    + "(" + L + "+)\\s+в\\s+"
                    + "(неделю|месяц|четверть|квартал|полугодие|полгода|год|учебный\\s+год)(?!" + L + ")");
    private static final Pattern EVERY_UNIT =
            Pattern.compile("(?<!" + L + ")(?:ежемесячн|еженедельн|ежеквартальн|ежегодн|ежечетвертн" + "|кажд" + L
                    + "*\\s+(?:месяц|недел|четверт|квартал|полугоди|год|учебн" + L + "*\\s+год))");
    private static final Pattern ON_REQUEST = Pattern.compile("(?<!" + L + ")(?:по\\s+(?:запрос|заявк)" + L
            + "*|(?:по\\s+(?:мере\\s+)?|при\\s+(?:возникновении\\s+)?|в\\s+случае\\s+)" + "необходимост" + L
            + "*|по\\s+ситуаци" + L + "*|по\\s+мере\\s+поступлени" + L + "*)");
    private static final Pattern AFTER_RESULTS = Pattern.compile("(?<!" + L + ")по\\s+итогам\\s+");
    private static final Pattern BY_PLAN = Pattern.compile(
            "(?<!" + L + ")(?:по|согласно)\\s+((?:" + L + "+(?:ому|ему|ой)\\s+)*)(плану|графику|карте|расписанию|"
                    + "программе|маршруту|циклограмме|положению|приказу|регламенту)(?!" + L + ")");
    private static final Pattern IN_ACCORDANCE = Pattern.compile("(?<!" + L + ")в\\s+соответствии\\s+с\\s+((?:" + L
            + "+(?:ым|им|ой)\\s+)*)(планом|графиком|расписанием|программой|циклограммой|положением|приказом|регламентом)"
            + "(?!" + L + ")");
    private static final Pattern CONTINUOUS = Pattern.compile(
            "(?<!" + L + ")(?:(?:в\\s+течени[еи]|на\\s+протяжении|весь|в\\s+продолжени[еи])\\s+(?:всего\\s+)?"
                    + "(?:(?:учебного|календарного|отчетного|текущего)\\s+|уч\\.\\s*)?(?:года|периода|срока|год|период)"
                    + "|в\\s+течени[еи]\\s+всего\\s+"
                    + "|постоянно|систематически|круглогодично|круглый\\s+год|ежедневно|каждый\\s+день)(?!" + L + ")");
    /** A whole school year ("2020-2021 учебный год") or span of calendar years ("2011 - 2013 гг.") named by years. */
    private static final Pattern YEARS = Pattern.compile("(?:(?:в\\s+течени[еи]|на\\s+протяжении|на|весь)\\s+)?"
            + "(?:всего\\s+)?(\\d{4})\\s*[-/]\\s*(\\d{4})\\s*(?:(уч\\.?|учебн" + L + "*)\\s*)?"
            + "(?:(года|году|год|г|гг|годы|годов)\\.?)?\\s*\\.?");
    /** A note of weekdays in brackets after a date ("12-16 октября (пн-пт)"): left out when reading dates. */
    private static final Pattern WEEKDAY_NOTE = Pattern.compile("\\((?:\\s*(?:пн|вт|ср|чт|пт|сб|вс|понедельник" + L
            + "*|вторник" + L + "*|сред" + L + "*|четверг" + L + "*|пятниц" + L + "*|суббот" + L + "*|воскресень" + L
            + "*)\\.?\\s*[-,]?)+\\)");

    private static final Pattern TOKEN =
            Pattern.compile("\\d{1,2}\\s*\\.\\s*\\d{1,2}(?:\\s*\\.\\s*\\d{2,4})?|\\d+|" + L + "+\\.?|\\S");

    private static final Map<String, String> NOUNS = Map.of(
            "плану", "план",
            "графику", "график",
            "карте", "карта",
            "расписанию", "расписание",
            "программе", "программа",
            "маршруту", "маршрут",
            "циклограмме", "циклограмма",
            "положению", "положение",
            "приказу", "приказ",
            "регламенту", "регламент");
    private static final Map<String, String> INSTRUMENTAL_NOUNS = Map.of(
            "планом", "план",
            "графиком", "график",
            "расписанием", "расписание",
            "программой", "программа",
            "циклограммой", "циклограмма",
            "положением", "положение",
            "приказом", "приказ",
            "регламентом", "регламент");

    private static final Set<String> FILLERS = Set.of(
            "в",
            "во",
            "с",
            "со",
            "течение",
            "течении",
            "на",
            "(",
            ")",
            "начало",
            "начале",
            "середина",
            "середине",
            "месяца",
            "мес",
            "месяц",
            "период",
            "срок");
    private static final Set<String> DEADLINE_WORDS = Set.of("до", "к", "не", "позднее", "позже", "по");
    private static final Set<String> RANGE_WORDS = Set.of("-", "по", "до");
    private static final Set<String> LIST_WORDS = Set.of(",", ";", "/", "и", "+");
    private static final Set<String> YEAR_WORDS = Set.of("г", "гг", "года", "год", "году");
    private static final Set<String> END_WORDS = Set.of("конец", "конца", "конце");

    /**
     * The schedule that the words describe, years resolved in the academic year; {@link Schedule.Unparsed} keeping
     * the text when the words cannot be read; {@code null} for null or blank text.
     */
    public static Schedule parse(String text, AcademicYear year) {
        Texts.present(year, "academicYear");
        return parseWith(text, new Context(year::month, year.period().end()));
    }

    /**
     * As {@link #parse(String, AcademicYear)}, a month without a year taken from the academic year or, when only the
     * same month a year earlier or later falls in the plan's period, from that year ({@link AcademicYear#month(Month,
     * Period)}): a plan of August 2026 to May 2027 reads "август" as August 2026 and "сентябрь" as September 2026.
     */
    public static Schedule parse(String text, AcademicYear year, Period planPeriod) {
        Texts.present(year, "academicYear");
        Texts.present(planPeriod, "period");
        return parseWith(text, new Context(month -> year.month(month, planPeriod), planPeriod.end()));
    }

    /**
     * What the words are read in: the academic year, where a month without a year falls, and the last day an open
     * range ("с октября") runs to (the end of the academic year or of the plan's period).
     */
    private record Context(Function<Month, YearMonth> months, LocalDate openEnd) {}

    private static Schedule parseWith(String text, Context context) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Schedule read = read(text, normalize(text), context);
            return read != null ? read : new Schedule.Unparsed(text);
        } catch (RuntimeException unreadable) {
            return new Schedule.Unparsed(text);
        }
    }

    /**
     * As {@link #parse(String, AcademicYear, Period)} in the academic year where the plan's period starts: the reading
     * of a plan whose program names no academic year.
     */
    public static Schedule parse(String text, Period planPeriod) {
        Texts.present(planPeriod, "period");
        return parse(text, AcademicYear.containing(planPeriod.start()), planPeriod);
    }

    /**
     * Lower case, "ё" as "е", every dash as "-", no-break spaces and footnote marks ("15.09*", "октябрь¹") as spaces;
     * the length stays that of the text.
     */
    private static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            switch (c) {
                case 'ё' -> c = 'е';
                case '–', '—', '−', '‐', '‑', '‒', '―' -> c = '-';
                case '\u00a0', '\u2007', '\u202f', '\t', '*', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰' ->
                    c = ' ';
                default -> {}
            }
            b.append(c);
        }
        return b.toString();
    }

    private static Schedule read(String text, String s, Context context) {
        Schedule several = severalKinds(text, s, context);
        if (several != null) {
            return several;
        }
        Matcher m = NTH_WEEKDAY.matcher(s);
        if (m.find()) {
            int nth = m.group(1) != null ? Integer.parseInt(m.group(1)) : ordinal(m.group(2));
            if (nth == -1 || (nth >= 1 && nth <= 5)) {
                return new Schedule.NthWeekdayOfMonth(nth, weekday(m.group(3)), text);
            }
        }
        if (EVERY_WEEKDAY.matcher(s).find()) {
            Set<DayOfWeek> days = new LinkedHashSet<>();
            Matcher any = ANY_WEEKDAY.matcher(s);
            while (any.find()) {
                days.add(weekday(any.group(1)));
            }
            return new Schedule.Recurring(days.size(), Schedule.Frequency.WEEK, text);
        }
        Schedule recurring = recurring(text, s);
        if (recurring != null) {
            return recurring;
        }
        m = ON_REQUEST.matcher(s);
        if (m.find()) {
            return new Schedule.OnRequest(
                    m.group().matches("по\\s+(?:запрос|заявк).*") ? requester(text.substring(m.end())) : null, text);
        }
        Schedule byPlan = byPlan(text, s);
        if (byPlan != null) {
            return byPlan;
        }
        Schedule years = years(text, s);
        if (years != null) {
            return years;
        }
        if (CONTINUOUS.matcher(s).find()) {
            return new Schedule.Continuous(text);
        }
        return new DateReader(text, withoutWeekdayNotes(s), context).read();
    }

    /**
     * A cell holding phrases of different kinds, split by commas or semicolons ("сентябрь, в течение года"): each
     * part read on its own, when every part reads and at least one names dates and another does not; null otherwise.
     */
    private static Schedule severalKinds(String text, String s, Context context) {
        List<int[]> segments = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if ((c == ',' || c == ';') && depth == 0) {
                segments.add(new int[] {from, i});
                from = i + 1;
            }
        }
        if (segments.isEmpty()) {
            return null;
        }
        segments.add(new int[] {from, s.length()});
        List<Schedule> parts = new ArrayList<>();
        boolean dated = false;
        boolean undated = false;
        for (int[] segment : segments) {
            String partText = text.substring(segment[0], segment[1]).strip();
            if (partText.isEmpty()) {
                return null;
            }
            int start = segment[0] + text.substring(segment[0], segment[1]).indexOf(partText);
            Schedule part = read(partText, s.substring(start, start + partText.length()), context);
            if (part == null || part instanceof Schedule.Unparsed) {
                return null;
            }
            if (part instanceof Schedule.Several inner) {
                parts.addAll(inner.parts());
            } else {
                parts.add(part);
            }
            boolean partDated = part instanceof Schedule.Once
                    || part instanceof Schedule.InMonth
                    || part instanceof Schedule.InRange
                    || part instanceof Schedule.Several;
            dated |= partDated;
            undated |= !partDated;
        }
        return dated && undated ? new Schedule.Several(parts, text) : null;
    }

    /**
     * "2020-2021 учебный год", "в течение 2020-2021 уч. г." → the academic year's period (1 September to 31 August);
     * "2011 - 2013 гг." → 1 January of the first year to 31 December of the last; null for anything else.
     */
    private static Schedule years(String text, String s) {
        Matcher m = YEARS.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        int last = Integer.parseInt(m.group(2));
        if (first < 1900 || last > 2999 || last < first) {
            return null;
        }
        boolean school = m.group(3) != null || (m.group(4) == null && last == first + 1);
        if (school) {
            return last == first + 1 ? new Schedule.InRange(new AcademicYear(first).period(), text) : null;
        }
        return new Schedule.InRange(Period.ofYears(first, last), text);
    }

    /** The words with weekday notes in brackets blanked out (same length, so the positions stay those of the text). */
    private static String withoutWeekdayNotes(String s) {
        Matcher m = WEEKDAY_NOTE.matcher(s);
        StringBuilder b = new StringBuilder(s);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    private static int ordinal(String stem) {
        return switch (stem) {
            case "перв" -> 1;
            case "втор" -> 2;
            case "трет" -> 3;
            case "четверт" -> 4;
            case "пят" -> 5;
            default -> -1;
        };
    }

    private static DayOfWeek weekday(String word) {
        if (word.startsWith("понедельник")) {
            return DayOfWeek.MONDAY;
        } else if (word.startsWith("вторник")) {
            return DayOfWeek.TUESDAY;
        } else if (word.startsWith("сред")) {
            return DayOfWeek.WEDNESDAY;
        } else if (word.startsWith("четверг")) {
            return DayOfWeek.THURSDAY;
        } else if (word.startsWith("пятниц")) {
            return DayOfWeek.FRIDAY;
        } else if (word.startsWith("суббот")) {
            return DayOfWeek.SATURDAY;
        }
        return DayOfWeek.SUNDAY;
    }

    private static Schedule recurring(String text, String s) {
        Matcher m = TIMES_PER.matcher(s);
        while (m.find()) {
            int times;
            String word = m.group(2);
            if (m.group(1) != null) {
                times = count(m.group(1));
            } else if (word.equals("раз") || word.equals("раза")) {
                times = 1;
            } else if (word.equals("дважды")) {
                times = 2;
            } else if (word.equals("трижды")) {
                times = 3;
            } else if (word.matches(COUNT)) {
                times = count(word); // "не менее двух в месяц"
            } else {
                continue;
            }
            if (times >= 1 && times <= 31) {
                return new Schedule.Recurring(times, unit(m.group(3)), text);
            }
        }
        m = EVERY_UNIT.matcher(s);
        if (m.find()) {
            String g = m.group();
            Schedule.Frequency per;
            if (g.startsWith("ежемесячн") || g.matches("кажд" + L + "*\\s+месяц")) {
                per = Schedule.Frequency.MONTH;
            } else if (g.startsWith("еженедельн") || g.endsWith("недел")) {
                per = Schedule.Frequency.WEEK;
            } else if (g.startsWith("ежеквартальн") || g.endsWith("квартал")) {
                per = Schedule.Frequency.CALENDAR_QUARTER;
            } else if (g.startsWith("ежечетвертн") || g.endsWith("четверт")) {
                per = Schedule.Frequency.QUARTER;
            } else if (g.endsWith("полугоди")) {
                per = Schedule.Frequency.HALF_YEAR;
            } else {
                per = Schedule.Frequency.YEAR;
            }
            return new Schedule.Recurring(1, per, text);
        }
        return null;
    }

    private static int count(String word) {
        return switch (word) {
            case "один", "одна", "одно", "одного" -> 1;
            case "два", "две", "двух" -> 2;
            case "три", "трех" -> 3;
            case "четыре" -> 4;
            case "пять" -> 5;
            case "шесть" -> 6;
            default -> Integer.parseInt(word);
        };
    }

    private static Schedule.Frequency unit(String word) {
        return switch (word) {
            case "неделю" -> Schedule.Frequency.WEEK;
            case "месяц" -> Schedule.Frequency.MONTH;
            case "четверть" -> Schedule.Frequency.QUARTER;
            case "квартал" -> Schedule.Frequency.CALENDAR_QUARTER;
            case "полугодие", "полгода" -> Schedule.Frequency.HALF_YEAR;
            default -> Schedule.Frequency.YEAR;
        };
    }

    /** Who asks: the words after "по запросу", up to a comma or bracket, without a final dot; null when none. */
    private static String requester(String rest) {
        String r = rest.split("[,;(]", 2)[0].strip();
        r = r.replaceAll("[.\\s]+$", "");
        return r.isBlank() ? null : r;
    }

    private static Schedule byPlan(String text, String s) {
        Matcher m = AFTER_RESULTS.matcher(s);
        if (m.find()) {
            String plan = text.substring(m.end()).strip().replaceAll("[.\\s]+$", "");
            if (!plan.isBlank()) {
                return new Schedule.ByPlan(plan, text);
            }
        }
        m = BY_PLAN.matcher(s);
        if (m.find()) {
            StringBuilder plan = new StringBuilder();
            for (String adjective : m.group(1).strip().split("\\s+")) {
                if (!adjective.isEmpty()) {
                    plan.append(nominativeAdjective(adjective)).append(' ');
                }
            }
            plan.append(NOUNS.get(m.group(2)));
            plan.append(text.substring(m.end()).replaceAll("[.\\s]+$", ""));
            return new Schedule.ByPlan(plan.toString(), text);
        }
        m = IN_ACCORDANCE.matcher(s);
        if (m.find()) {
            StringBuilder plan = new StringBuilder();
            for (String adjective : m.group(1).strip().split("\\s+")) {
                if (!adjective.isEmpty()) {
                    String stem = adjective.substring(0, adjective.length() - 2);
                    plan.append(stem)
                            .append(adjective.endsWith("ой") ? "ая" : adjective.endsWith("им") ? "ий" : "ый")
                            .append(' ');
                }
            }
            plan.append(INSTRUMENTAL_NOUNS.get(m.group(2)));
            plan.append(text.substring(m.end()).replaceAll("[.\\s]+$", ""));
            return new Schedule.ByPlan(plan.toString(), text);
        }
        return null;
    }

    private static String nominativeAdjective(String dative) {
        String stem = dative.substring(0, dative.length() - (dative.endsWith("ой") ? 2 : 3));
        if (dative.endsWith("ой")) {
            return stem + "ая";
        }
        boolean soft = dative.endsWith("ему") || stem.matches(".*[гкхжшщч]$");
        return stem + (soft ? "ий" : "ый");
    }

    /** Reads months, dates, quarters and half-years, single, listed or as ranges. */
    private static final class DateReader {

        private final String text;
        private final String s;
        private final Function<Month, YearMonth> year;
        private final LocalDate openEnd;
        private final List<int[]> spans = new ArrayList<>();
        private final List<String> words = new ArrayList<>();

        DateReader(String text, String s, Context context) {
            this.text = text;
            this.s = s;
            this.year = context.months();
            this.openEnd = context.openEnd();
            Matcher m = TOKEN.matcher(s);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                words.add(m.group().replaceAll("\\s+", ""));
            }
        }

        /** One thing the phrase names: a day (maybe without month yet), a month, or a fixed span. */
        private static final class Item {
            Integer day;
            Month month;
            Integer year;
            Period fixed;
            boolean atEnd;
            int start;
            int end;
        }

        private String word(int i) {
            return i < words.size() ? words.get(i) : "";
        }

        private String bare(int i) {
            String w = word(i);
            return w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
        }

        Schedule read() {
            List<Item> items = new ArrayList<>();
            List<Boolean> rangeBefore = new ArrayList<>();
            boolean deadline = false;
            boolean pendingRange = false;
            boolean atEnd = false;
            boolean openStart = false;
            int i = 0;
            while (i < words.size()) {
                String w = bare(i);
                if (items.isEmpty() && (w.equals("с") || w.equals("со"))) {
                    openStart = true;
                }
                if (items.isEmpty() && DEADLINE_WORDS.contains(w)) {
                    deadline = true;
                    i++;
                    continue;
                }
                if (!items.isEmpty() && RANGE_WORDS.contains(w)) {
                    pendingRange = true;
                    i++;
                    continue;
                }
                if (LIST_WORDS.contains(w)) {
                    pendingRange = false;
                    i++;
                    continue;
                }
                if (END_WORDS.contains(w)) {
                    atEnd = true;
                    i++;
                    continue;
                }
                if (FILLERS.contains(w) || w.equals(".")) {
                    i++;
                    continue;
                }
                Item item = new Item();
                item.start = spans.get(i)[0];
                int next = item(i, item);
                if (next < 0) {
                    return null;
                }
                item.end = spans.get(next - 1)[1];
                item.atEnd = atEnd;
                atEnd = false;
                items.add(item);
                rangeBefore.add(pendingRange);
                pendingRange = false;
                i = next;
            }
            if (items.isEmpty() || pendingRange) {
                return null; // nothing read, or a dangling dash
            }
            if (openStart && (items.size() < 2 || !rangeBefore.get(1))) {
                return items.size() == 1 && !deadline ? open(items.get(0)) : null; // "с 15 сентября", "с октября"
            }
            // a day without a month takes the month and year of the next date ("5, 12 и 19 октября")
            for (int k = 0; k < items.size(); k++) {
                Item it = items.get(k);
                if (it.day != null && it.month == null) {
                    Item source = null;
                    for (int n = k + 1; n < items.size() && source == null; n++) {
                        if (items.get(n).day != null && items.get(n).month != null) {
                            source = items.get(n);
                        }
                    }
                    if (source == null) {
                        return null;
                    }
                    it.month = source.month;
                    it.year = source.year;
                }
            }
            List<Schedule> parts = new ArrayList<>();
            List<int[]> partSpans = new ArrayList<>();
            for (int k = 0; k < items.size(); k++) {
                Item it = items.get(k);
                boolean joined = k + 1 < items.size() && rangeBefore.get(k + 1);
                if (rangeBefore.get(k)) {
                    return null; // a range already took this item; "a - b - c" is not read
                }
                String partText = text.substring(it.start, (joined ? items.get(k + 1) : it).end);
                if (joined) {
                    Item to = items.get(k + 1);
                    if (k + 2 < items.size() && rangeBefore.get(k + 2)) {
                        return null;
                    }
                    parts.add(range(it, to, partText));
                    partSpans.add(new int[] {it.start, to.end});
                    k++;
                } else {
                    parts.add(single(it, partText, false));
                    partSpans.add(new int[] {it.start, it.end});
                }
            }
            if (parts.size() == 1) {
                Item only = items.get(0);
                if (deadline) {
                    if (items.size() != 1 || only.fixed != null || (only.day == null && !only.atEnd)) {
                        return null;
                    }
                    return single(only, text, true);
                }
                return withText(parts.get(0), text);
            }
            if (deadline) {
                return null;
            }
            return new Schedule.Several(parts, text);
        }

        /** Reads one item from token i on; returns the index after it, or -1. */
        private int item(int i, Item item) {
            String w = bare(i);
            String raw = word(i);
            if (raw.matches("\\d{1,2}\\.\\d{1,2}(\\.\\d{2,4})?")) {
                String[] p = raw.split("\\.");
                item.day = Integer.parseInt(p[0]);
                item.month = Month.of(Integer.parseInt(p[1]));
                if (p.length == 3) {
                    item.year = fullYear(Integer.parseInt(p[2]));
                }
                return yearSuffix(i + 1);
            }
            Integer ordinal = periodOrdinal(w);
            Integer last = ordinal;
            int u = word(i + 1).equals("-") && bare(i + 2).matches("[а-я]{1,2}") ? i + 3 : i + 1;
            if (ordinal != null && word(i + 1).equals("-") && periodOrdinal(bare(i + 2)) != null) {
                last = periodOrdinal(bare(i + 2)); // "III - IV четверть", "1-2 четверть"
                u = i + 3;
            }
            String unit = bare(u);
            if (ordinal != null && (unit.startsWith("квартал") || unit.equals("кв"))) {
                int next = year(u + 1, item); // "I квартал 2027 г.", "2 кв. 2027", "III - IV квартал"
                Period from = calendarQuarter(ordinal, item.year);
                Period to = calendarQuarter(last, item.year);
                if (from == null || to == null || to.end().isBefore(from.start()) || next < 0) {
                    return -1;
                }
                item.year = null;
                item.fixed = new Period(from.start(), to.end());
                return next;
            }
            if (w.matches("\\d{4}") && YEAR_WORDS.contains(bare(i + 1))) {
                int y = Integer.parseInt(w); // "в течение 2027 года", "2027 г."
                if (y < 1900 || y > 2999) {
                    return -1;
                }
                item.fixed = Period.ofYear(y);
                return i + 2;
            }
            if (ordinal != null && (unit.startsWith("четверт") || unit.startsWith("полугод"))) {
                boolean quarter = unit.startsWith("четверт");
                Function<Month, YearMonth> in = year;
                int next = u + 1;
                if (bare(next).matches("\\d{4}")
                        && RANGE_WORDS.contains(word(next + 1))
                        && bare(next + 2).matches("\\d{4}")) {
                    int first = Integer.parseInt(bare(next)); // "1 полугодие 2009-2010 уч. года"
                    if (Integer.parseInt(bare(next + 2)) != first + 1 || first < 1900 || first > 2998) {
                        return -1;
                    }
                    in = new AcademicYear(first)::month;
                    next += 3;
                    next = bare(next).startsWith("уч") ? next + 1 : next;
                    next = yearSuffix(next);
                }
                Period from = quarter ? quarter(ordinal, in) : halfYear(ordinal, in);
                Period to = quarter ? quarter(last, in) : halfYear(last, in);
                if (from == null || to == null || to.end().isBefore(from.start())) {
                    return -1;
                }
                item.fixed = new Period(from.start(), to.end());
                return next;
            }
            if (w.matches("\\d{1,2}")) {
                int day = Integer.parseInt(w);
                if (day < 1 || day > 31) {
                    return -1;
                }
                item.day = day;
                Month month = month(bare(i + 1));
                if (month != null) {
                    item.month = month;
                    return year(i + 2, item);
                }
                return i + 1; // a day whose month comes later
            }
            Month month = month(w);
            if (month != null) {
                item.month = month;
                return year(i + 1, item);
            }
            return -1;
        }

        /** An open range: from the item's first day to the end of the academic year or plan; null if it ends first. */
        private Schedule open(Item it) {
            if (it.day != null && it.month == null) {
                return null;
            }
            LocalDate start = it.fixed != null ? it.fixed.start() : first(it, it.year != null ? it.year : academic(it));
            return start.isAfter(openEnd) ? null : new Schedule.InRange(new Period(start, openEnd), text);
        }

        private int year(int i, Item item) {
            if (bare(i).matches("\\d{4}")) {
                int y = Integer.parseInt(bare(i));
                if (y < 1900 || y > 2999) {
                    return -1;
                }
                item.year = y;
                return yearSuffix(i + 1);
            }
            return i;
        }

        private int yearSuffix(int i) {
            return YEAR_WORDS.contains(bare(i)) ? i + 1 : i;
        }

        private static int fullYear(int y) {
            return y < 100 ? 2000 + y : y;
        }

        private static Integer periodOrdinal(String w) {
            return switch (w) {
                case "i", "1" -> 1;
                case "ii", "2" -> 2;
                case "iii", "3" -> 3;
                case "iv", "4" -> 4;
                default -> {
                    if (w.startsWith("перв")) {
                        yield 1;
                    } else if (w.startsWith("втор")) {
                        yield 2;
                    } else if (w.startsWith("трет")) {
                        yield 3;
                    } else if (w.startsWith("четверт") && !w.startsWith("четверть")) {
                        yield 4;
                    }
                    yield null;
                }
            };
        }

        private static Period quarter(int n, Function<Month, YearMonth> year) {
            return switch (n) {
                case 1 -> Period.ofMonths(year.apply(Month.SEPTEMBER), year.apply(Month.OCTOBER));
                case 2 -> Period.ofMonths(year.apply(Month.NOVEMBER), year.apply(Month.DECEMBER));
                case 3 -> Period.ofMonths(year.apply(Month.JANUARY), year.apply(Month.MARCH));
                case 4 -> Period.ofMonths(year.apply(Month.APRIL), year.apply(Month.MAY));
                default -> null;
            };
        }

        /** The nth calendar quarter of the year given, or (none given) of the year its first month falls in. */
        private Period calendarQuarter(int n, Integer y) {
            if (n < 1 || n > 4) {
                return null;
            }
            Month firstMonth = Month.of(3 * n - 2);
            YearMonth start = y != null ? YearMonth.of(y, firstMonth) : year.apply(firstMonth);
            return Period.ofMonths(start, start.plusMonths(2));
        }

        private static Period halfYear(int n, Function<Month, YearMonth> year) {
            return switch (n) {
                case 1 -> Period.ofMonths(year.apply(Month.SEPTEMBER), year.apply(Month.DECEMBER));
                case 2 -> Period.ofMonths(year.apply(Month.JANUARY), year.apply(Month.MAY));
                default -> null;
            };
        }

        private static Month month(String w) {
            if (w.startsWith("январ") || w.equals("янв")) {
                return Month.JANUARY;
            } else if (w.startsWith("феврал") || w.equals("фев") || w.equals("февр")) {
                return Month.FEBRUARY;
            } else if (w.matches("март[аеу]?") || w.equals("мар")) {
                return Month.MARCH;
            } else if (w.startsWith("апрел") || w.equals("апр")) {
                return Month.APRIL;
            } else if (w.matches("ма[йяею]")) {
                return Month.MAY;
            } else if (w.startsWith("июн")) {
                return Month.JUNE;
            } else if (w.startsWith("июл")) {
                return Month.JULY;
            } else if (w.matches("август[аеу]?") || w.equals("авг")) {
                return Month.AUGUST;
            } else if (w.startsWith("сентябр") || w.equals("сен") || w.equals("сент")) {
                return Month.SEPTEMBER;
            } else if (w.startsWith("октябр") || w.equals("окт")) {
                return Month.OCTOBER;
            } else if (w.startsWith("ноябр") || w.equals("ноя") || w.equals("нояб")) {
                return Month.NOVEMBER;
            } else if (w.startsWith("декабр") || w.equals("дек")) {
                return Month.DECEMBER;
            }
            return null;
        }

        private LocalDate first(Item it, int y) {
            return it.day != null
                    ? LocalDate.of(y, it.month, it.day)
                    : YearMonth.of(y, it.month).atDay(1);
        }

        private LocalDate last(Item it, int y) {
            return it.day != null
                    ? LocalDate.of(y, it.month, it.day)
                    : YearMonth.of(y, it.month).atEndOfMonth();
        }

        private int academic(Item it) {
            return year.apply(it.month).getYear();
        }

        private Schedule single(Item it, String partText, boolean deadline) {
            if (it.fixed != null) {
                return new Schedule.InRange(it.fixed, partText);
            }
            int y = it.year != null ? it.year : academic(it);
            if (it.day != null) {
                return new Schedule.Once(LocalDate.of(y, it.month, it.day), deadline, partText);
            }
            if (deadline) {
                return new Schedule.Once(YearMonth.of(y, it.month).atEndOfMonth(), true, partText);
            }
            return new Schedule.InMonth(YearMonth.of(y, it.month), partText);
        }

        private Schedule range(Item from, Item to, String partText) {
            if (from.fixed != null || to.fixed != null) {
                throw new IllegalArgumentException("a quarter is not a range end");
            }
            int yFrom;
            int yTo;
            if (from.year != null && to.year != null) {
                yFrom = from.year;
                yTo = to.year;
            } else if (to.year != null) {
                yTo = to.year;
                yFrom = first(from, yTo).isAfter(last(to, yTo)) ? yTo - 1 : yTo;
            } else if (from.year != null) {
                yFrom = from.year;
                yTo = last(to, yFrom).isBefore(first(from, yFrom)) ? yFrom + 1 : yFrom;
            } else {
                yFrom = academic(from);
                yTo = academic(to);
                if (first(from, yFrom).isAfter(last(to, yTo))) {
                    yFrom--;
                }
            }
            return new Schedule.InRange(new Period(first(from, yFrom), last(to, yTo)), partText);
        }

        private static Schedule withText(Schedule s, String text) {
            if (s instanceof Schedule.Once o) {
                return new Schedule.Once(o.date(), o.deadline(), text);
            } else if (s instanceof Schedule.InMonth m) {
                return new Schedule.InMonth(m.month(), text);
            } else if (s instanceof Schedule.InRange r) {
                return new Schedule.InRange(r.period(), text);
            }
            return s;
        }
    }
}
