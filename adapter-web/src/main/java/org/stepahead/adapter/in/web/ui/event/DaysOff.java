package org.stepahead.adapter.in.web.ui.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.stepahead.adapter.in.web.ui.FormText;
import org.stepahead.application.port.in.event.GenerateEventsCommand.NonWorkingDays;

/**
 * A community's own days off typed one per line, as the CLI's {@code --non-working} takes them: a day
 * ({@code 2021-01-11}) or a period ({@code 2021-01-11..2021-01-15}, both days included).
 */
final class DaysOff {

    private DaysOff() {}

    /** The periods of the text; a line that is neither a day nor a period in order is refused with that line. */
    static List<NonWorkingDays> parse(String text) {
        List<NonWorkingDays> periods = new ArrayList<>();
        for (String line : FormText.lines(text)) {
            String[] days = line.split("\\.\\.", 2);
            try {
                LocalDate from = LocalDate.parse(days[0].strip());
                LocalDate to = days.length == 2 ? LocalDate.parse(days[1].strip()) : from;
                if (to.isBefore(from)) {
                    throw new Unreadable(line);
                }
                periods.add(new NonWorkingDays(from, to));
            } catch (DateTimeParseException unreadable) {
                throw new Unreadable(line);
            }
        }
        return periods;
    }

    /** A line that is not a day or a period. */
    static final class Unreadable extends IllegalArgumentException {

        private final String line;

        Unreadable(String line) {
            super("not a day or a period: " + line);
            this.line = line;
        }

        String line() {
            return line;
        }
    }
}
