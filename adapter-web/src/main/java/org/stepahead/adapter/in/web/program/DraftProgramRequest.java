package org.stepahead.adapter.in.web.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.program.ProgramKind;

/** Request: draft a program of the community, or (PUT) rewrite a draft. */
public record DraftProgramRequest(
        @NotNull @EnumName(ProgramKind.class) String kind,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 20000) String summary,
        @Size(max = 4000) String goal,
        List<@NotBlank @Size(max = 4000) String> tasks,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd) {}
