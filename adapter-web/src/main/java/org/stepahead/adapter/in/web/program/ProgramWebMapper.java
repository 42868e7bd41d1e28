package org.stepahead.adapter.in.web.program;

import java.util.UUID;
import org.mapstruct.Mapper;
import org.stepahead.adapter.in.web.common.WebMapperConfig;
import org.stepahead.application.port.in.program.AddDirectionCommand;
import org.stepahead.application.port.in.program.AddExpectedResultCommand;
import org.stepahead.application.port.in.program.AddIndicatorCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand;
import org.stepahead.application.port.in.program.AssessResultCommand;
import org.stepahead.application.port.in.program.CloseStageCommand;
import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.PlanActivityCommand;
import org.stepahead.application.port.in.program.PlanStageCommand;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramSummary;
import org.stepahead.application.port.in.program.RecordMeasurementCommand;
import org.stepahead.application.port.in.program.ReviseActivityCommand;
import org.stepahead.application.port.in.program.ReviseDirectionCommand;
import org.stepahead.application.port.in.program.ReviseExpectedResultCommand;
import org.stepahead.application.port.in.program.ReviseIndicatorCommand;
import org.stepahead.application.port.in.program.ReviseProgramCommand;
import org.stepahead.application.port.in.program.ReviseStageCommand;
import org.stepahead.application.port.in.program.StartStageCommand;

/** Mapping: program requests (with ids from the path and the version from If-Match) to commands; read models out. */
@Mapper(config = WebMapperConfig.class, uses = ScheduleWebMapper.class)
interface ProgramWebMapper {

    DraftProgramCommand draft(UUID communityId, DraftProgramRequest request);

    ReviseProgramCommand revise(UUID programId, DraftProgramRequest request, Long expectedVersion);

    ApproveProgramCommand approve(UUID programId, ApproveProgramRequest request, Long expectedVersion);

    PlanStageCommand planStage(UUID programId, StageRequest request, Long expectedVersion);

    ReviseStageCommand reviseStage(UUID programId, UUID stageId, StageRequest request, Long expectedVersion);

    StartStageCommand startStage(UUID programId, UUID stageId, StageDayRequest request, Long expectedVersion);

    CloseStageCommand closeStage(UUID programId, UUID stageId, StageDayRequest request, Long expectedVersion);

    AddDirectionCommand addDirection(UUID programId, DirectionRequest request, Long expectedVersion);

    ReviseDirectionCommand reviseDirection(
            UUID programId, UUID directionId, DirectionRequest request, Long expectedVersion);

    PlanActivityCommand planActivity(UUID programId, ActivityRequest request, Long expectedVersion);

    ReviseActivityCommand reviseActivity(
            UUID programId, UUID activityId, ActivityRequest request, Long expectedVersion);

    AddExpectedResultCommand addResult(UUID programId, ExpectedResultRequest request, Long expectedVersion);

    ReviseExpectedResultCommand reviseResult(
            UUID programId, UUID resultId, ExpectedResultRequest request, Long expectedVersion);

    AssessResultCommand assess(UUID programId, UUID resultId, AssessResultRequest request, Long expectedVersion);

    AddIndicatorCommand addIndicator(UUID programId, IndicatorRequest request, Long expectedVersion);

    ReviseIndicatorCommand reviseIndicator(
            UUID programId, UUID indicatorId, IndicatorRequest request, Long expectedVersion);

    RecordMeasurementCommand measurement(
            UUID programId, UUID indicatorId, MeasurementRequest request, Long expectedVersion);

    ProgramSummaryResponse summary(ProgramSummary summary);

    ProgramOverviewResponse overview(ProgramOverview overview);

    ProgramOverviewResponse.Stage stageResponse(ProgramOverview.StageView stage);

    ProgramOverviewResponse.Activity activityResponse(ProgramOverview.ActivityView activity);

    ProgramOverviewResponse.Result resultResponse(ProgramOverview.ResultView result);

    ProgramOverviewResponse.Direction directionResponse(ProgramOverview.DirectionView direction);

    ProgramOverviewResponse.Indicator indicatorResponse(ProgramOverview.IndicatorView indicator);
}
