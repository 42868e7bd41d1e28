package org.stepahead.application.port.out;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Outgoing port: the current time. Use cases ask it for "today" in a community's time zone. */
public interface ClockPort {

    Instant now();

    default LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(now(), zone);
    }

    static ClockPort of(Clock clock) {
        return clock::instant;
    }
}
