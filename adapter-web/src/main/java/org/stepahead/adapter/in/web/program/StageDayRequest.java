package org.stepahead.adapter.in.web.program;

import java.time.LocalDate;

/** Request: start or close a stage on a day (today in the community's time zone when absent). */
public record StageDayRequest(LocalDate day) {}
