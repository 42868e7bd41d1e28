package org.stepahead.adapter.in.web.program;

import java.util.UUID;
import org.mapstruct.Mapper;
import org.stepahead.adapter.in.web.common.WebMapperConfig;
import org.stepahead.application.port.in.program.ActivityCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand;
import org.stepahead.application.port.in.program.AssessResultCommand;
import org.stepahead.application.port.in.program.DirectionCommand;
import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.ExpectedResultCommand;
import org.stepahead.application.port.in.program.IndicatorCommand;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramSummary;
import org.stepahead.application.port.in.program.RecordMeasurementCommand;
import org.stepahead.application.port.in.program.ReviseProgramCommand;
import org.stepahead.application.port.in.program.StageCommand;
import org.stepahead.application.port.in.program.StageLifecycleCommand;

/** Mapping: program requests (with ids from the path and the version from If-Match) to commands; read models out. */
@Mapper(config = WebMapperConfig.class, uses = ScheduleWebMapper.class)
interface ProgramWebMapper {

    DraftProgramCommand draft(UUID communityId, DraftProgramRequest request);

    ReviseProgramCommand revise(UUID programId, DraftProgramRequest request, Long expectedVersion);

    ApproveProgramCommand approve(UUID programId, ApproveProgramRequest request, Long expectedVersion);

    StageCommand stage(UUID programId, UUID stageId, StageRequest request, Long expectedVersion);

    StageLifecycleCommand lifecycle(UUID programId, UUID stageId, StageDayRequest request, Long expectedVersion);

    DirectionCommand direction(UUID programId, UUID directionId, DirectionRequest request, Long expectedVersion);

    ActivityCommand activity(UUID programId, UUID activityId, ActivityRequest request, Long expectedVersion);

    ExpectedResultCommand result(UUID programId, UUID resultId, ExpectedResultRequest request, Long expectedVersion);

    AssessResultCommand assess(UUID programId, UUID resultId, AssessResultRequest request, Long expectedVersion);

    IndicatorCommand indicator(UUID programId, UUID indicatorId, IndicatorRequest request, Long expectedVersion);

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
