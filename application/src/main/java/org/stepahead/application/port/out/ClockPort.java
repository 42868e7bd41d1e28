package org.stepahead.application.port.out;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Outgoing port: the current time. Use cases ask it for "today" in a community's time zone. */
public interface ClockPort {

    /** The current instant. */
    Instant now();

    /** The current date in the given time zone. */
    default LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(now(), zone);
    }

    /** A clock port that reads the given clock. */
    static ClockPort of(Clock clock) {
        return clock::instant;
    }
}
