package org.stepahead.adapter.in.cli.schedule;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.application.port.in.transfer.ScheduleData;
import org.stepahead.domain.shared.AcademicYear;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.ScheduleParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schedule parse [TEXT...] [--academic-year 2020-2021] [--time-zone Europe/Moscow]}: prints how each phrase is
 * read (one phrase per argument; none, or {@code -}, reads one phrase per line from standard input); months without a
 * year fall in the academic year given, else in today's in the time zone. No use case, so it never opens the storage.
 */
@Command(name = "parse")
final class ParseScheduleCliCommand extends CliCommand {

    static final List<Column<ParsedSchedule>> COLUMNS = Column.table(ParsedSchedule.class, "kind reading words=text");

    /** The time zone whose today picks the academic year when none is given. */
    static final String DEFAULT_TIME_ZONE = "Europe/Moscow";

    /** What the parser read: the kind, the dates or rule in short, the words, and the full structure. */
    record ParsedSchedule(Schedule.Kind kind, String reading, String text, ScheduleData schedule) {}

    @Parameters(arity = "0..*", paramLabel = "TEXT")
    List<String> phrases = List.of();

    @Option(names = "--academic-year", paramLabel = "YYYY-YYYY")
    AcademicYear academicYear;

    @Option(names = "--time-zone", paramLabel = "ZONE", defaultValue = DEFAULT_TIME_ZONE)
    ZoneId timeZone;

    @Override
    protected void run() {
        AcademicYear year = academicYear != null
                ? academicYear
                : AcademicYear.containing(LocalDate.now(cli().clock().withZone(timeZone)));
        List<String> texts = phrases.isEmpty() || phrases.equals(List.of("-")) ? standardInput() : phrases;
        List<ParsedSchedule> parsed = new ArrayList<>();
        for (String text : texts) {
            parsed.add(parsed(text, year));
        }
        if (parsed.size() == 1) {
            out().one(parsed.get(0), COLUMNS);
        } else {
            out().list(parsed, COLUMNS);
        }
    }

    private static ParsedSchedule parsed(String text, AcademicYear year) {
        Schedule schedule = ScheduleParser.parse(text, year);
        if (schedule == null) {
            schedule = new Schedule.Unparsed(text.isBlank() ? "—" : text);
        }
        return new ParsedSchedule(schedule.kind(), reading(schedule), schedule.text(), ScheduleData.of(schedule));
    }

    /** One phrase per line of standard input, blank lines left out. */
    private static List<String> standardInput() {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.lines().filter(line -> !line.isBlank()).toList();
    }

    /** A short, language-neutral reading: ISO dates and months, counts and rules. */
    static String reading(Schedule schedule) {
        if (schedule instanceof Schedule.Once s) {
            return (s.deadline() ? "≤ " : "") + s.date();
        }
        if (schedule instanceof Schedule.InMonth s) {
            return s.month().toString();
        }
        if (schedule instanceof Schedule.InRange s) {
            return s.period().start() + " .. " + s.period().end();
        }
        if (schedule instanceof Schedule.Recurring s) {
            return s.times() + " × " + s.per();
        }
        if (schedule instanceof Schedule.NthWeekdayOfMonth s) {
            return (s.nth() == -1 ? "last" : "#" + s.nth()) + " " + s.dayOfWeek();
        }
        if (schedule instanceof Schedule.OnRequest s) {
            return s.requester() == null ? "" : s.requester();
        }
        if (schedule instanceof Schedule.ByPlan s) {
            return s.plan();
        }
        if (schedule instanceof Schedule.Several s) {
            return s.parts().stream().map(ParseScheduleCliCommand::reading).collect(Collectors.joining("; "));
        }
        return "";
    }
}
