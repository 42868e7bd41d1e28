package org.stepahead.adapter.in.web.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.program.IndicatorDirection;

/** Request: add a target indicator, or (PUT) revise one. */
public record IndicatorRequest(
        @NotBlank @Size(max = 1000) String name,
        @Size(max = 50) String unit,
        BigDecimal baseline,
        BigDecimal target,
        @NotNull @EnumName(IndicatorDirection.class) String direction) {}
