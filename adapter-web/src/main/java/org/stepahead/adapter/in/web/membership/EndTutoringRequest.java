package org.stepahead.adapter.in.web.membership;

import java.time.LocalDate;

/** Request: end a tutor's accompaniment on a day (today when absent). */
public record EndTutoringRequest(LocalDate until) {}
