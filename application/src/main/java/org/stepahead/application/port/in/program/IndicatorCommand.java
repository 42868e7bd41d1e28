package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;

/** Command: add a target indicator to a program (no {@code indicatorId}) or revise one. */
public record IndicatorCommand(
        @NotNull ProgramId programId,
        IndicatorId indicatorId,
        @NotBlank @Size(max = 1000) String name,
        @Size(max = 50) String unit,
        BigDecimal baseline,
        BigDecimal target,
        @NotNull IndicatorDirection direction,
        Long expectedVersion) {}
