package org.stepahead.adapter.out.calendar;

import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Stream;
import org.stepahead.application.port.out.CalendarFeed.WeekdayRule;

final class CalendarFeedFixtures {

    private CalendarFeedFixtures() {}

    static List<WeekdayRule> workingDays() {
        return Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .map(WeekdayRule::every)
                .toList();
    }
}
