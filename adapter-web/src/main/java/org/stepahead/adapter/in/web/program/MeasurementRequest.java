package org.stepahead.adapter.in.web.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Request: record a measured value of an indicator. */
public record MeasurementRequest(
        @NotNull LocalDate measuredOn,
        @NotNull BigDecimal value,
        @Size(max = 2000) String note) {}
