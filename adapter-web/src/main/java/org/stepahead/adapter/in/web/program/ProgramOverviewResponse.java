package org.stepahead.adapter.in.web.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response: a whole program at a glance — goal, tasks, approval, stages with activities and results, indicators. */
public record ProgramOverviewResponse(
        UUID id,
        long version,
        UUID communityId,
        String communityName,
        String kind,
        String title,
        String summary,
        String goal,
        List<Task> tasks,
        LocalDate periodStart,
        LocalDate periodEnd,
        String status,
        Approval approval,
        List<Stage> stages,
        List<Activity> activitiesWithoutStage,
        List<Result> resultsWithoutStage,
        List<Direction> directions,
        List<Indicator> indicators) {

    /** A numbered task. */
    public record Task(int number, String text) {}

    /** Who approved and agreed the program. */
    public record Approval(
            String approvedByPosition,
            String approvedByName,
            LocalDate approvedOn,
            String orderTitle,
            String orderNumber,
            LocalDate orderDate,
            List<Official> agreedBy) {}

    /** An official by position and name. */
    public record Official(String position, String name) {}

    /** A stage with its number, activities and expected results. */
    public record Stage(
            UUID id,
            int number,
            String name,
            String kind,
            LocalDate periodStart,
            LocalDate periodEnd,
            String description,
            String status,
            LocalDate startedOn,
            LocalDate closedOn,
            List<Activity> activities,
            List<Result> results) {}

    /** A direction (section) of the plan. */
    public record Direction(UUID id, String code, String title) {}

    /**
     * An activity with its schedule and responsible parties, the plan's own words for its form, its audience, its
     * expected output and the item it is a sub-item of.
     */
    public record Activity(
            UUID id,
            String number,
            String title,
            String description,
            UUID directionId,
            String directionTitle,
            UUID stageId,
            List<String> forms,
            ScheduleJson schedule,
            List<Responsible> responsible,
            List<String> tutorFunctions,
            String formText,
            String audience,
            String output,
            UUID parentId) {}

    /** A responsible party. */
    public record Responsible(String name, UUID organizationId, UUID educatorId) {}

    /** An expected result with its assessment, if any. */
    public record Result(
            UUID id,
            String text,
            String details,
            String kind,
            UUID stageId,
            String outcome,
            LocalDate assessedOn,
            String comment,
            List<Evidence> evidence) {}

    /** One proof of a result. */
    public record Evidence(String kind, String description, String reference) {}

    /** An indicator with its measurements and progress. */
    public record Indicator(
            UUID id,
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            String direction,
            List<Measurement> measurements,
            BigDecimal latest,
            BigDecimal progress,
            boolean achieved) {}

    /** A measured value. */
    public record Measurement(LocalDate measuredOn, BigDecimal value, String note) {}
}
