package org.stepahead.adapter.in.web.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.program.ResultKind;

/** Request: add an expected result of a stage or of the whole program, or (PUT) revise one. */
public record ExpectedResultRequest(
        @NotBlank @Size(max = 2000) String text,
        @Size(max = 4000) String details,
        @NotNull @EnumName(ResultKind.class) String kind,
        UUID stageId) {}
