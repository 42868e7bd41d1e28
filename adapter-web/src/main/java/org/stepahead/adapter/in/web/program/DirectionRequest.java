package org.stepahead.adapter.in.web.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request: add a direction (section) to a program, or (PUT) revise one. */
public record DirectionRequest(
        @Size(max = 20) String code,
        @NotBlank @Size(max = 1000) String title) {}
