package org.stepahead.adapter.in.web.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.program.StageKind;

/** Request: add a stage to a draft program, or (PUT) revise one. */
public record StageRequest(
        @NotBlank @Size(max = 500) String name,
        @NotNull @EnumName(StageKind.class) String kind,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @Size(max = 4000) String description) {}
