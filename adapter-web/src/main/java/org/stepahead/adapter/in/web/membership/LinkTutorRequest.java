package org.stepahead.adapter.in.web.membership;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.shared.TutorFunction;

/** Request: link a tutor to this member (the tutee) from a day (today when absent). */
public record LinkTutorRequest(
        @NotNull UUID tutorId, Set<@NotNull @EnumName(TutorFunction.class) String> functions, LocalDate since) {}
