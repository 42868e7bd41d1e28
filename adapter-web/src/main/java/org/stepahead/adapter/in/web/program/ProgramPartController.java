package org.stepahead.adapter.in.web.program;

import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;

/**
 * REST: one part of a program — a stage, an activity, an expected result, a direction or an indicator — as the
 * program overview shows it, at the URL its creation answered in {@code Location}. The ETag is the program's version
 * (the part is changed through the program), to send back as {@code If-Match} when revising the part.
 */
@RestController
@RequestMapping("/api/v1/programs/{programId}")
class ProgramPartController {

    private final GetProgramOverviewUseCase programOverview;
    private final ProgramWebMapper mapper;

    ProgramPartController(GetProgramOverviewUseCase programOverview, ProgramWebMapper mapper) {
        this.programOverview = programOverview;
        this.mapper = mapper;
    }

    @GetMapping("/stages/{stageId}")
    ResponseEntity<ProgramOverviewResponse.Stage> stage(@PathVariable UUID programId, @PathVariable UUID stageId) {
        return part(programId, o -> mapper.stageResponse(o.stage(new StageId(stageId))));
    }

    @GetMapping("/activities/{activityId}")
    ResponseEntity<ProgramOverviewResponse.Activity> activity(
            @PathVariable UUID programId, @PathVariable UUID activityId) {
        return part(programId, o -> mapper.activityResponse(o.activity(new ActivityId(activityId))));
    }

    @GetMapping("/results/{resultId}")
    ResponseEntity<ProgramOverviewResponse.Result> result(@PathVariable UUID programId, @PathVariable UUID resultId) {
        return part(programId, o -> mapper.resultResponse(o.result(new ExpectedResultId(resultId))));
    }

    @GetMapping("/directions/{directionId}")
    ResponseEntity<ProgramOverviewResponse.Direction> direction(
            @PathVariable UUID programId, @PathVariable UUID directionId) {
        return part(programId, o -> mapper.directionResponse(o.direction(new DirectionId(directionId))));
    }

    @GetMapping("/indicators/{indicatorId}")
    ResponseEntity<ProgramOverviewResponse.Indicator> indicator(
            @PathVariable UUID programId, @PathVariable UUID indicatorId) {
        return part(programId, o -> mapper.indicatorResponse(o.indicator(new IndicatorId(indicatorId))));
    }

    private <T> ResponseEntity<T> part(UUID programId, Function<ProgramOverview, T> pick) {
        ProgramOverview overview = programOverview.overview(new ProgramId(programId));
        return ResponseEntity.ok().eTag(ETags.of(overview.version())).body(pick.apply(overview));
    }
}
