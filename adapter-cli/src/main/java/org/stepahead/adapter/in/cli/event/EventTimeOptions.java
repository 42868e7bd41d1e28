package org.stepahead.adapter.in.cli.event;

import java.time.LocalDate;
import java.time.LocalTime;
import picocli.CommandLine.Option;

/** The day, the times and the place of an event (a picocli mixin of {@code event schedule|reschedule}). */
final class EventTimeOptions {

    @Option(names = "--date", required = true)
    LocalDate date;

    @Option(names = "--starts-at")
    LocalTime startsAt;

    @Option(names = "--ends-at")
    LocalTime endsAt;

    @Option(names = "--place")
    String place;
}
