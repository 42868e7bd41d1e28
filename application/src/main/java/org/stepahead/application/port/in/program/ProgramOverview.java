package org.stepahead.application.port.in.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.program.StageStatus;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.TutorFunction;

/**
 * Read model: a whole program at a glance — goal, numbered tasks, approval, stages in order with their activities
 * and expected results, the activities and results that belong to no stage, directions, and indicators with their
 * progress.
 */
public record ProgramOverview(
        ProgramId id,
        long version,
        CommunityId communityId,
        String communityName,
        ProgramKind kind,
        String title,
        String summary,
        String goal,
        List<TaskView> tasks,
        LocalDate periodStart,
        LocalDate periodEnd,
        ProgramStatus status,
        ApprovalView approval,
        List<StageView> stages,
        List<ActivityView> activitiesWithoutStage,
        List<ResultView> resultsWithoutStage,
        List<DirectionView> directions,
        List<IndicatorView> indicators) {

    /** The stage of this program with that id. */
    public StageView stage(StageId stageId) {
        return stages.stream()
                .filter(s -> s.id().equals(stageId))
                .findFirst()
                .orElseThrow(() -> new NotFound("stage", stageId));
    }

    /**
     * The days an activity of the stage takes place in, against which the words of its deadline are read: the
     * stage's period, or the program's when no stage or an unknown one is given.
     */
    public Period periodOf(StageId stageId) {
        return stages.stream()
                .filter(s -> s.id().equals(stageId))
                .findFirst()
                .map(s -> new Period(s.periodStart(), s.periodEnd()))
                .orElseGet(() -> new Period(periodStart, periodEnd));
    }

    /** The activity of this program with that id, in a stage or in none. */
    public ActivityView activity(ActivityId activityId) {
        return Stream.concat(stages.stream().flatMap(s -> s.activities().stream()), activitiesWithoutStage.stream())
                .filter(a -> a.id().equals(activityId))
                .findFirst()
                .orElseThrow(() -> new NotFound("activity", activityId));
    }

    /** The expected result of this program with that id, of a stage or of the whole program. */
    public ResultView result(ExpectedResultId resultId) {
        return Stream.concat(stages.stream().flatMap(s -> s.results().stream()), resultsWithoutStage.stream())
                .filter(r -> r.id().equals(resultId))
                .findFirst()
                .orElseThrow(() -> new NotFound("expectedResult", resultId));
    }

    /** The direction of this program with that id. */
    public DirectionView direction(DirectionId directionId) {
        return directions.stream()
                .filter(d -> d.id().equals(directionId))
                .findFirst()
                .orElseThrow(() -> new NotFound("direction", directionId));
    }

    /** The indicator of this program with that id. */
    public IndicatorView indicator(IndicatorId indicatorId) {
        return indicators.stream()
                .filter(i -> i.id().equals(indicatorId))
                .findFirst()
                .orElseThrow(() -> new NotFound("indicator", indicatorId));
    }

    /** A numbered task. */
    public record TaskView(int number, String text) {}

    /** Who approved and agreed the program. */
    public record ApprovalView(
            String approvedByPosition,
            String approvedByName,
            LocalDate approvedOn,
            String orderTitle,
            String orderNumber,
            LocalDate orderDate,
            List<OfficialView> agreedBy) {}

    /** An official by position and name. */
    public record OfficialView(String position, String name) {}

    /** A stage with its number (1, 2, 3 in order), activities and expected results. */
    public record StageView(
            StageId id,
            int number,
            String name,
            StageKind kind,
            LocalDate periodStart,
            LocalDate periodEnd,
            String description,
            StageStatus status,
            LocalDate startedOn,
            LocalDate closedOn,
            List<ActivityView> activities,
            List<ResultView> results) {}

    /** A direction (section) of the plan and the numbers of its activities. */
    public record DirectionView(DirectionId id, String code, String title) {}

    /** An activity with its schedule and responsible parties. */
    public record ActivityView(
            ActivityId id,
            String number,
            String title,
            String description,
            DirectionId directionId,
            String directionTitle,
            StageId stageId,
            List<Form> forms,
            Schedule schedule,
            List<ResponsibleView> responsible,
            List<TutorFunction> tutorFunctions,
            String formText,
            String audience,
            String output,
            ActivityId parentId) {

        /** The view without the plan's own words for the form, an audience, an output or a parent item. */
        public ActivityView(
                ActivityId id,
                String number,
                String title,
                String description,
                DirectionId directionId,
                String directionTitle,
                StageId stageId,
                List<Form> forms,
                Schedule schedule,
                List<ResponsibleView> responsible,
                List<TutorFunction> tutorFunctions) {
            this(
                    id,
                    number,
                    title,
                    description,
                    directionId,
                    directionTitle,
                    stageId,
                    forms,
                    schedule,
                    responsible,
                    tutorFunctions,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** A responsible party. */
    public record ResponsibleView(String name, OrganizationId organizationId, EducatorId educatorId) {}

    /** An expected result with its assessment, if any. */
    public record ResultView(
            ExpectedResultId id,
            String text,
            String details,
            ResultKind kind,
            StageId stageId,
            Outcome outcome,
            LocalDate assessedOn,
            String comment,
            List<EvidenceView> evidence) {}

    /** One proof of a result. */
    public record EvidenceView(EvidenceKind kind, String description, String reference) {}

    /**
     * An indicator with its measurements, the latest measured value (null until measured) and its progress towards
     * the target (null when not measured or without a target).
     */
    public record IndicatorView(
            IndicatorId id,
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            IndicatorDirection direction,
            List<MeasurementView> measurements,
            BigDecimal latest,
            BigDecimal progress,
            boolean achieved) {}

    /** A measured value. */
    public record MeasurementView(LocalDate measuredOn, BigDecimal value, String note) {}
}
