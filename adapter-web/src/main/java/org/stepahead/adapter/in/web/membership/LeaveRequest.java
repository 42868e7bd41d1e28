package org.stepahead.adapter.in.web.membership;

import java.time.LocalDate;

/** Request: a member leaves on a day (today when absent). */
public record LeaveRequest(LocalDate leftOn) {}
