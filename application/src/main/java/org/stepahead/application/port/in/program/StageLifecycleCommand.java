package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;

/** Command: start or close a stage of a program on a day (today in the community's time zone when absent). */
public record StageLifecycleCommand(
        @NotNull ProgramId programId, @NotNull StageId stageId, LocalDate day, Long expectedVersion) {}
