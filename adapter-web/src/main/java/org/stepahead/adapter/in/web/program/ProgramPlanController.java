package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.application.port.in.program.AddDirectionUseCase;
import org.stepahead.application.port.in.program.AddExpectedResultUseCase;
import org.stepahead.application.port.in.program.AddIndicatorUseCase;
import org.stepahead.application.port.in.program.AssessResultUseCase;
import org.stepahead.application.port.in.program.CloseStageUseCase;
import org.stepahead.application.port.in.program.PlanActivityUseCase;
import org.stepahead.application.port.in.program.PlanStageUseCase;
import org.stepahead.application.port.in.program.RecordMeasurementUseCase;
import org.stepahead.application.port.in.program.ReviseActivityUseCase;
import org.stepahead.application.port.in.program.ReviseDirectionUseCase;
import org.stepahead.application.port.in.program.ReviseExpectedResultUseCase;
import org.stepahead.application.port.in.program.ReviseIndicatorUseCase;
import org.stepahead.application.port.in.program.ReviseStageUseCase;
import org.stepahead.application.port.in.program.StartStageUseCase;

/**
 * REST: the parts of a program — planStage (add, revise, start, close), planDirection, planActivity with their schedule,
 * expected planExpectedResult (and their assessment), planIndicator (and recordMeasurement). Updates honour If-Match.
 */
@RestController
@RequestMapping("/api/v1/programs/{programId}")
class ProgramPlanController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final PlanStageUseCase planStage;
    private final ReviseStageUseCase reviseStage;
    private final StartStageUseCase startStage;
    private final CloseStageUseCase closeStage;
    private final AddDirectionUseCase addDirection;
    private final ReviseDirectionUseCase reviseDirection;
    private final PlanActivityUseCase planActivity;
    private final ReviseActivityUseCase reviseActivity;
    private final AddExpectedResultUseCase addExpectedResult;
    private final ReviseExpectedResultUseCase reviseExpectedResult;
    private final AssessResultUseCase assessResult;
    private final AddIndicatorUseCase addIndicator;
    private final ReviseIndicatorUseCase reviseIndicator;
    private final RecordMeasurementUseCase recordMeasurement;
    private final ProgramWebMapper mapper;

    ProgramPlanController(
            PlanStageUseCase planStage,
            ReviseStageUseCase reviseStage,
            StartStageUseCase startStage,
            CloseStageUseCase closeStage,
            AddDirectionUseCase addDirection,
            ReviseDirectionUseCase reviseDirection,
            PlanActivityUseCase planActivity,
            ReviseActivityUseCase reviseActivity,
            AddExpectedResultUseCase addExpectedResult,
            ReviseExpectedResultUseCase reviseExpectedResult,
            AssessResultUseCase assessResult,
            AddIndicatorUseCase addIndicator,
            ReviseIndicatorUseCase reviseIndicator,
            RecordMeasurementUseCase recordMeasurement,
            ProgramWebMapper mapper) {
        this.planStage = planStage;
        this.reviseStage = reviseStage;
        this.startStage = startStage;
        this.closeStage = closeStage;
        this.addDirection = addDirection;
        this.reviseDirection = reviseDirection;
        this.planActivity = planActivity;
        this.reviseActivity = reviseActivity;
        this.addExpectedResult = addExpectedResult;
        this.reviseExpectedResult = reviseExpectedResult;
        this.assessResult = assessResult;
        this.addIndicator = addIndicator;
        this.reviseIndicator = reviseIndicator;
        this.recordMeasurement = recordMeasurement;
        this.mapper = mapper;
    }

    @PostMapping("/stages")
    ResponseEntity<CreatedResponse> addStage(
            @PathVariable UUID programId,
            @Valid @RequestBody StageRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        UUID id = planStage
                .addStage(mapper.stage(programId, null, request, ETags.expectedVersion(ifMatch)))
                .value();
        return Created.at(base(programId) + "/stages/" + id, id);
    }

    @PutMapping("/stages/{stageId}")
    ResponseEntity<Void> reviseStage(
            @PathVariable UUID programId,
            @PathVariable UUID stageId,
            @Valid @RequestBody StageRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        reviseStage.reviseStage(mapper.stage(programId, stageId, request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/stages/{stageId}/start")
    ResponseEntity<Void> startStage(
            @PathVariable UUID programId,
            @PathVariable UUID stageId,
            @Valid @RequestBody(required = false) StageDayRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        startStage.startStage(mapper.lifecycle(programId, stageId, orToday(request), ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/stages/{stageId}/close")
    ResponseEntity<Void> closeStage(
            @PathVariable UUID programId,
            @PathVariable UUID stageId,
            @Valid @RequestBody(required = false) StageDayRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        closeStage.closeStage(mapper.lifecycle(programId, stageId, orToday(request), ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/directions")
    ResponseEntity<CreatedResponse> addDirection(
            @PathVariable UUID programId,
            @Valid @RequestBody DirectionRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        UUID id = addDirection
                .addDirection(mapper.direction(programId, null, request, ETags.expectedVersion(ifMatch)))
                .value();
        return Created.at(base(programId) + "/directions/" + id, id);
    }

    @PutMapping("/directions/{directionId}")
    ResponseEntity<Void> reviseDirection(
            @PathVariable UUID programId,
            @PathVariable UUID directionId,
            @Valid @RequestBody DirectionRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        reviseDirection.reviseDirection(
                mapper.direction(programId, directionId, request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/activities")
    ResponseEntity<CreatedResponse> planActivity(
            @PathVariable UUID programId,
            @Valid @RequestBody ActivityRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        UUID id = planActivity
                .planActivity(mapper.activity(programId, null, request, ETags.expectedVersion(ifMatch)))
                .value();
        return Created.at(base(programId) + "/activities/" + id, id);
    }

    @PutMapping("/activities/{activityId}")
    ResponseEntity<Void> reviseActivity(
            @PathVariable UUID programId,
            @PathVariable UUID activityId,
            @Valid @RequestBody ActivityRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        reviseActivity.reviseActivity(mapper.activity(programId, activityId, request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/results")
    ResponseEntity<CreatedResponse> addResult(
            @PathVariable UUID programId,
            @Valid @RequestBody ExpectedResultRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        UUID id = addExpectedResult
                .addExpectedResult(mapper.result(programId, null, request, ETags.expectedVersion(ifMatch)))
                .value();
        return Created.at(base(programId) + "/results/" + id, id);
    }

    @PutMapping("/results/{resultId}")
    ResponseEntity<Void> reviseResult(
            @PathVariable UUID programId,
            @PathVariable UUID resultId,
            @Valid @RequestBody ExpectedResultRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        reviseExpectedResult.reviseExpectedResult(
                mapper.result(programId, resultId, request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/results/{resultId}/assessment")
    ResponseEntity<Void> assess(
            @PathVariable UUID programId,
            @PathVariable UUID resultId,
            @Valid @RequestBody AssessResultRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        assessResult.assess(mapper.assess(programId, resultId, request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/indicators")
    ResponseEntity<CreatedResponse> addIndicator(
            @PathVariable UUID programId,
            @Valid @RequestBody IndicatorRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        UUID id = addIndicator
                .addIndicator(mapper.indicator(programId, null, request, ETags.expectedVersion(ifMatch)))
                .value();
        return Created.at(base(programId) + "/indicators/" + id, id);
    }

    @PutMapping("/indicators/{indicatorId}")
    ResponseEntity<Void> reviseIndicator(
            @PathVariable UUID programId,
            @PathVariable UUID indicatorId,
            @Valid @RequestBody IndicatorRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        reviseIndicator.reviseIndicator(
                mapper.indicator(programId, indicatorId, request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/indicators/{indicatorId}/measurements")
    ResponseEntity<Void> recordMeasurement(
            @PathVariable UUID programId,
            @PathVariable UUID indicatorId,
            @Valid @RequestBody MeasurementRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        recordMeasurement.record(mapper.measurement(programId, indicatorId, request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    private static StageDayRequest orToday(StageDayRequest request) {
        return request == null ? new StageDayRequest(null) : request;
    }

    private static String base(UUID programId) {
        return "/api/v1/programs/" + programId;
    }
}
