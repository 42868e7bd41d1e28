package org.stepahead.adapter.in.cli.schedule;

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
 * {@code schedule parse TEXT --academic-year 2020-2021}: prints how the words are read; no use case, so it never opens
 * the storage.
 */
@Command(name = "parse")
final class ParseScheduleCliCommand extends CliCommand {

    static final List<Column<ParsedSchedule>> COLUMNS = Column.table(ParsedSchedule.class, "kind reading words=text");

    /** What the parser read: the kind, the dates or rule in short, the words, and the full structure. */
    record ParsedSchedule(Schedule.Kind kind, String reading, String text, ScheduleData schedule) {}

    @Parameters(arity = "1..*", paramLabel = "TEXT")
    List<String> words;

    @Option(names = "--academic-year", required = true, paramLabel = "YYYY-YYYY")
    AcademicYear academicYear;

    @Override
    protected void run() {
        String text = String.join(" ", words);
        Schedule schedule = ScheduleParser.parse(text, academicYear);
        if (schedule == null) {
            schedule = new Schedule.Unparsed(text.isBlank() ? "—" : text);
        }
        out().one(
                        new ParsedSchedule(
                                schedule.kind(), reading(schedule), schedule.text(), ScheduleData.of(schedule)),
                        COLUMNS);
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
