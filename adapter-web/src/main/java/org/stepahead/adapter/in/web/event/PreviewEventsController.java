package org.stepahead.adapter.in.web.event;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.PreviewEventsUseCase;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;

/** REST: {@link PreviewEventsUseCase} at {@code GET /api/v1/programs/{programId}/occurrences?stageId&activityId}. */
@RestController
record PreviewEventsController(PreviewEventsUseCase previewEvents, EventPlanningWebMapper mapper) {

    @GetMapping("/api/v1/programs/{programId}/occurrences")
    List<ActivityOccurrencesResponse> occurrences(
            @PathVariable UUID programId,
            @RequestParam(required = false) UUID stageId,
            @RequestParam(required = false) UUID activityId) {
        GenerateEventsCommand command = new GenerateEventsCommand(
                new ProgramId(programId),
                stageId == null ? null : new StageId(stageId),
                activityId == null ? null : new ActivityId(activityId),
                null);
        return previewEvents.preview(command).stream().map(mapper::occurrences).toList();
    }
}
