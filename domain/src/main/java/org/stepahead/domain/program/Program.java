package org.stepahead.domain.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.shared.Aggregate;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.Texts;

/**
 * Aggregate: a community's plan — a program, subprogram, project or work plan — with its goal, numbered tasks,
 * period, approval, stages, directions, activities, expected results and indicators.
 *
 * <p>Rules: stages are ordered, do not overlap and lie inside the program's period; a program is approved only with a
 * goal, at least one task and at least one stage (a work plan: a stage and a planned activity), and its goal, tasks, period and stages are fixed from then on; at
 * most one stage is active and stages run in their order; a stage closes only when each of its expected results is
 * assessed; closing the last stage completes the program; a product result is achieved only with evidence; a
 * measurement falls inside the program's period; a completed program changes no more.
 */
public final class Program extends Aggregate<Program, ProgramId> {

    private final ProgramId id;
    private final CommunityId communityId;
    private ProgramKind kind;
    private String title;
    private String summary;
    private String goal;
    private List<Task> tasks;
    private Period period;
    private ProgramStatus status;
    private Approval approval;
    private final List<Stage> stages = new ArrayList<>();
    private final List<Direction> directions = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<ExpectedResult> results = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();

    private Program(Snapshot s) {
        super(s.version());
        this.id = Texts.present(s.id(), "programId");
        this.communityId = Texts.present(s.communityId(), "communityId");
        this.kind = Texts.present(s.kind(), "kind");
        this.title = Texts.required(s.title(), "title");
        this.summary = Texts.optional(s.summary());
        this.goal = Texts.optional(s.goal());
        this.tasks = numbered(s.tasks().stream().map(Task::text).toList());
        this.period = Texts.present(s.period(), "period");
        this.status = s.status() == null ? ProgramStatus.DRAFT : s.status();
        this.approval = s.approval();
        if (status != ProgramStatus.DRAFT && approval == null) {
            throw new DomainRuleViolation("required", "approval");
        }
        for (Stage.Snapshot stage : s.stages()) {
            Stage restored = new Stage(stage);
            requireFits(restored.getId(), restored.period(), period);
            stages.add(restored);
        }
        requireUniqueIds(stages);
        stages.sort(Comparator.comparing(st -> st.period().start()));
        for (int i = 1; i < stages.size(); i++) {
            if (stages.get(i).period().overlaps(stages.get(i - 1).period())) {
                throw new DomainRuleViolation(
                        "stage.overlaps",
                        stages.get(i - 1).name(),
                        stages.get(i - 1).period().start(),
                        stages.get(i - 1).period().end());
            }
        }
        List<Stage> active =
                stages.stream().filter(st -> st.status() == StageStatus.ACTIVE).toList();
        if (active.size() > 1) {
            throw new DomainRuleViolation("stage.anotherActive", active.get(0).name());
        }
        for (Stage stage : stages) {
            boolean fits = switch (status) {
                case DRAFT -> stage.status() == StageStatus.PLANNED;
                case APPROVED -> true;
                case COMPLETED -> stage.status() == StageStatus.CLOSED;
            };
            if (!fits) {
                throw new DomainRuleViolation("stage.statusAgainstProgram", stage.name(), stage.status(), status);
            }
        }
        s.directions().forEach(d -> directions.add(new Direction(d)));
        for (Activity.Snapshot a : s.activities()) {
            requireKnown(a.details());
            activities.add(new Activity(a.id(), a.details()));
        }
        for (ExpectedResult.Snapshot r : s.results()) {
            if (r.stageId() != null) {
                stage(r.stageId());
            }
            results.add(new ExpectedResult(r));
        }
        for (Indicator.Snapshot i : s.indicators()) {
            Indicator indicator = new Indicator(i);
            indicator.measurements().forEach(m -> requireInside(period, m));
            indicators.add(indicator);
        }
        requireUniqueIds(directions);
        requireUniqueIds(activities);
        requireUniqueIds(results);
        requireUniqueIds(indicators);
    }

    private static <E extends org.jmolecules.ddd.types.Entity<Program, ?>> void requireUniqueIds(List<E> entities) {
        Set<Object> seen = new HashSet<>();
        for (E entity : entities) {
            if (!seen.add(entity.getId())) {
                throw new DomainRuleViolation("duplicateId", entity.getId());
            }
        }
    }

    /** Drafts a program; the goal may still be missing, and tasks are numbered in the order given. */
    public static Program draft(
            ProgramId id,
            CommunityId communityId,
            ProgramKind kind,
            String title,
            String summary,
            String goal,
            List<String> tasks,
            Period period) {
        Program program = new Program(new Snapshot(
                id,
                0,
                communityId,
                kind,
                title,
                summary,
                goal,
                numbered(tasks),
                period,
                ProgramStatus.DRAFT,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of()));
        program.record(new ProgramDrafted(id, communityId, program.title));
        return program;
    }

    /** Rebuilds a stored program, checking its rules again. */
    public static Program restore(Snapshot snapshot) {
        return new Program(snapshot);
    }

    /**
     * The program's full state, the named rehydration path for stores: they keep it and hand it back to {@code
     * restore}.
     */
    public Snapshot snapshot() {
        return new Snapshot(
                id,
                version(),
                communityId,
                kind,
                title,
                summary,
                goal,
                tasks,
                period,
                status,
                approval,
                stages.stream().map(Stage::snapshot).toList(),
                directions.stream().map(Direction::snapshot).toList(),
                activities.stream()
                        .map(a -> new Activity.Snapshot(a.getId(), a.details()))
                        .toList(),
                results.stream().map(ExpectedResult::snapshot).toList(),
                indicators.stream().map(Indicator::snapshot).toList());
    }

    private static List<Task> numbered(List<String> texts) {
        List<String> list = Texts.listOf(texts, "tasks");
        return IntStream.range(0, list.size())
                .mapToObj(i -> new Task(i + 1, list.get(i)))
                .toList();
    }

    // ---- the program itself -------------------------------------------------------------------------------------

    /** Rewrites the program's title, summary, goal, tasks and period; only a draft may change them. */
    public void revise(ProgramKind kind, String title, String summary, String goal, List<String> tasks, Period period) {
        requireDraft();
        Texts.present(kind, "kind");
        String checkedTitle = Texts.required(title, "title");
        List<Task> checkedTasks = numbered(tasks);
        Texts.present(period, "period");
        for (Stage stage : stages) {
            requireFits(stage.getId(), stage.period(), period);
        }
        for (Indicator indicator : indicators) {
            indicator.measurements().forEach(m -> requireInside(period, m));
        }
        this.kind = kind;
        this.title = checkedTitle;
        this.summary = Texts.optional(summary);
        this.goal = Texts.optional(goal);
        this.tasks = checkedTasks;
        this.period = period;
    }

    /**
     * Approves the program: it needs a goal, at least one task and at least one stage. A work plan (план работы) is a
     * table of dated items with no goal or tasks of its own: it needs at least one stage and one planned activity.
     */
    public void approve(Approval approval) {
        Texts.present(approval, "approval");
        requireDraft();
        if (kind == ProgramKind.WORK_PLAN) {
            if (activities.isEmpty()) {
                throw new DomainRuleViolation("program.approve.needsActivity");
            }
        } else {
            if (goal == null) {
                throw new DomainRuleViolation("program.approve.needsGoal");
            }
            if (tasks.isEmpty()) {
                throw new DomainRuleViolation("program.approve.needsTask");
            }
        }
        if (stages.isEmpty()) {
            throw new DomainRuleViolation("program.approve.needsStage");
        }
        this.approval = approval;
        this.status = ProgramStatus.APPROVED;
        record(new ProgramApproved(id, approval.approvedOn()));
    }

    private void requireDraft() {
        if (status != ProgramStatus.DRAFT) {
            throw new DomainRuleViolation("program.notDraft", status);
        }
    }

    private void requireNotCompleted() {
        if (status == ProgramStatus.COMPLETED) {
            throw new DomainRuleViolation("program.completed");
        }
    }

    // ---- stages ---------------------------------------------------------------------------------------------------

    /** Adds a stage to a draft; it must lie inside the program's period and overlap no other stage. */
    public void addStage(StageId stageId, String name, StageKind kind, Period period, String description) {
        requireDraft();
        if (find(stages, stageId).isPresent()) {
            throw new DomainRuleViolation("duplicateId", stageId);
        }
        Stage stage = new Stage(new Stage.Snapshot(stageId, name, kind, period, description, null, null, null));
        requireFitsAmongStages(stage.getId(), stage.period());
        stages.add(stage);
        stages.sort(Comparator.comparing(s -> s.period().start()));
    }

    /** Changes a stage of a draft, with the same checks as adding one. */
    public void reviseStage(StageId stageId, String name, StageKind kind, Period period, String description) {
        requireDraft();
        Stage stage = stage(stageId);
        Texts.present(period, "stage.period");
        requireFitsAmongStages(stageId, period);
        stage.revise(name, kind, period, description);
        stages.sort(Comparator.comparing(s -> s.period().start()));
    }

    private void requireFitsAmongStages(StageId stageId, Period candidate) {
        requireFits(stageId, candidate, period);
        for (Stage other : stages) {
            if (!other.getId().equals(stageId) && other.period().overlaps(candidate)) {
                throw new DomainRuleViolation(
                        "stage.overlaps",
                        other.name(),
                        other.period().start(),
                        other.period().end());
            }
        }
    }

    private static void requireFits(StageId stageId, Period stagePeriod, Period programPeriod) {
        if (!programPeriod.contains(stagePeriod)) {
            throw new DomainRuleViolation("stage.outsideProgram", stageId, programPeriod.start(), programPeriod.end());
        }
    }

    /** Starts a stage of an approved program: no other stage may be active, and every earlier stage is closed. */
    public void startStage(StageId stageId, LocalDate day) {
        Texts.present(day, "day");
        if (status != ProgramStatus.APPROVED) {
            throw new DomainRuleViolation("program.notApproved", status);
        }
        Stage stage = stage(stageId);
        Optional<Stage> active = activeStage();
        if (active.isPresent()) {
            throw new DomainRuleViolation("stage.anotherActive", active.get().name());
        }
        for (Stage earlier : stages.subList(0, stages.indexOf(stage))) {
            if (earlier.status() != StageStatus.CLOSED) {
                throw new DomainRuleViolation("stage.earlierNotClosed", earlier.name());
            }
        }
        stage.start(day);
        record(new StageStarted(id, stageId, day));
    }

    /**
     * Closes the active stage once each of its expected results is assessed; closing the last stage completes the
     * program, so it also needs the results of the whole program (those of no stage) assessed.
     */
    public void closeStage(StageId stageId, LocalDate day) {
        Texts.present(day, "day");
        Stage stage = stage(stageId);
        List<String> unassessed = results.stream()
                .filter(r -> stageId.equals(r.stageId()) && !r.isAssessed())
                .map(ExpectedResult::text)
                .toList();
        if (stage.status() == StageStatus.ACTIVE && !unassessed.isEmpty()) {
            throw new DomainRuleViolation("stage.unassessedResults", stage.name(), String.join("; ", unassessed));
        }
        boolean last = stages.stream().filter(s -> s != stage).allMatch(s -> s.status() == StageStatus.CLOSED);
        List<String> programResults = results.stream()
                .filter(r -> r.stageId() == null && !r.isAssessed())
                .map(ExpectedResult::text)
                .toList();
        if (stage.status() == StageStatus.ACTIVE && last && !programResults.isEmpty()) {
            throw new DomainRuleViolation("program.unassessedResults", String.join("; ", programResults));
        }
        stage.close(day);
        record(new StageClosed(id, stageId, day));
        if (stages.stream().allMatch(s -> s.status() == StageStatus.CLOSED)) {
            status = ProgramStatus.COMPLETED;
            record(new ProgramCompleted(id, day));
        }
    }

    /** The stage under way now, if any: at most one stage is active. */
    public Optional<Stage> activeStage() {
        return stages.stream().filter(s -> s.status() == StageStatus.ACTIVE).findFirst();
    }

    // ---- directions and activities --------------------------------------------------------------------------------

    /**
     * Adds a direction or section of the plan; refused as DomainRuleViolation {@code program.completed} for a completed
     * program and {@code duplicateId} for an identifier already used.
     */
    public void addDirection(DirectionId directionId, String code, String title) {
        requireNotCompleted();
        if (find(directions, directionId).isPresent()) {
            throw new DomainRuleViolation("duplicateId", directionId);
        }
        directions.add(new Direction(new Direction.Snapshot(directionId, code, title)));
    }

    /**
     * Changes the number and title of a direction; refused as DomainRuleViolation {@code program.completed} for a
     * completed program, and an unknown one is refused as NotFound (code {@code notFound}).
     */
    public void reviseDirection(DirectionId directionId, String code, String title) {
        requireNotCompleted();
        direction(directionId).revise(code, title);
    }

    /** Plans an activity; its stage and direction, when given, must be the program's own. */
    public void planActivity(ActivityId activityId, Activity.Details details) {
        requireNotCompleted();
        Texts.present(details, "activity");
        if (find(activities, activityId).isPresent()) {
            throw new DomainRuleViolation("duplicateId", activityId);
        }
        requireKnown(details);
        requireParent(activityId, details);
        requireScheduleInside(details);
        activities.add(new Activity(activityId, details));
    }

    /**
     * Plans an activity due by a deadline — a decision of the minutes becoming a plan item; the deadline must fall in
     * the activity's stage, or in the program's period when it has no stage.
     */
    public void planActivityDueBy(ActivityId activityId, Activity.Details details, LocalDate deadline) {
        Texts.present(details, "activity");
        Texts.present(deadline, "deadline");
        requireKnown(details);
        Period allowed =
                details.stageId() == null ? period : stage(details.stageId()).period();
        if (!allowed.contains(deadline)) {
            throw new DomainRuleViolation("activity.deadlineOutsidePeriod", deadline, allowed.start(), allowed.end());
        }
        planActivity(activityId, details);
    }

    /**
     * Rewrites an activity's details; its stage and direction, when given, must be the program's own (else NotFound),
     * and a completed program refuses it ({@code program.completed}).
     */
    public void reviseActivity(ActivityId activityId, Activity.Details details) {
        requireNotCompleted();
        Texts.present(details, "activity");
        Activity activity = activity(activityId);
        requireKnown(details);
        requireParent(activityId, details);
        requireScheduleInside(details);
        activity.revise(details);
    }

    private void requireKnown(Activity.Details details) {
        if (details.stageId() != null) {
            stage(details.stageId());
        }
        if (details.directionId() != null) {
            direction(details.directionId());
        }
    }

    /**
     * A sub-item's parent is a top item of this program (plans nest one level: 1.1 under 1): not the item itself
     * ({@code activity.parentItself}), not a sub-item ({@code activity.parentNested}), and an item with sub-items of
     * its own cannot become one ({@code activity.hasSubItems}). An unknown parent is refused as NotFound.
     */
    private void requireParent(ActivityId activityId, Activity.Details details) {
        ActivityId parentId = details.parentId();
        if (parentId == null) {
            return;
        }
        if (parentId.equals(activityId)) {
            throw new DomainRuleViolation("activity.parentItself");
        }
        Activity parent = activity(parentId);
        if (parent.parentId() != null) {
            throw new DomainRuleViolation("activity.parentNested", parent.title());
        }
        if (activities.stream().anyMatch(a -> activityId.equals(a.parentId()))) {
            throw new DomainRuleViolation("activity.hasSubItems");
        }
    }

    private void requireScheduleInside(Activity.Details details) {
        requireScheduleInside(
                details.schedule(),
                details.stageId() == null ? period : stage(details.stageId()).period());
    }

    /**
     * The dates a schedule names (a day, a month, a range; each part of several) must meet the period its activity
     * takes place in (its stage's, or the program's): a day inside it, a month or a range at least partly inside.
     */
    private static void requireScheduleInside(Schedule schedule, Period allowed) {
        if (schedule instanceof Schedule.Several several) {
            several.parts().forEach(part -> requireScheduleInside(part, allowed));
            return;
        }
        Period named = null;
        if (schedule instanceof Schedule.Once once) {
            named = Period.of(once.date(), once.date());
        } else if (schedule instanceof Schedule.InMonth month) {
            named = Period.ofMonth(month.month());
        } else if (schedule instanceof Schedule.InRange range) {
            named = range.period();
        }
        if (named != null && !allowed.overlaps(named)) {
            String words = schedule.text() != null ? schedule.text() : named.start() + " — " + named.end();
            throw new DomainRuleViolation("activity.scheduleOutsidePeriod", words, allowed.start(), allowed.end());
        }
    }

    /** The days an activity's work may take place on: its stage's period, or the program's. */
    public Period periodOf(ActivityId activityId) {
        Activity activity = activity(activityId);
        return activity.stageId() == null ? period : stage(activity.stageId()).period();
    }

    // ---- expected results -----------------------------------------------------------------------------------------

    /** Adds an expected result of a stage (or, with no stage, of the whole program); a closed stage takes no more. */
    public void addExpectedResult(
            ExpectedResultId resultId, String text, String details, ResultKind kind, StageId stageId) {
        requireNotCompleted();
        if (find(results, resultId).isPresent()) {
            throw new DomainRuleViolation("duplicateId", resultId);
        }
        requireOpenStage(stageId);
        results.add(new ExpectedResult(new ExpectedResult.Snapshot(resultId, text, details, kind, stageId, null)));
    }

    /**
     * Rewrites an expected result; a completed program refuses it ({@code program.completed}), neither its stage nor
     * the new one may be closed ({@code stage.closed}), and an achieved product still needs evidence ({@code
     * result.productNeedsEvidence}).
     */
    public void reviseExpectedResult(
            ExpectedResultId resultId, String text, String details, ResultKind kind, StageId stageId) {
        requireNotCompleted();
        ExpectedResult result = result(resultId);
        requireOpenStage(result.stageId());
        requireOpenStage(stageId);
        result.revise(text, details, kind, stageId);
    }

    private void requireOpenStage(StageId stageId) {
        if (stageId != null && stage(stageId).status() == StageStatus.CLOSED) {
            throw new DomainRuleViolation("stage.closed", stage(stageId).name());
        }
    }

    /**
     * Assesses an expected result of an approved program. A stage's result is assessed while that stage is active; a
     * product counts as achieved only with evidence.
     */
    public void assessResult(ExpectedResultId resultId, Assessment assessment) {
        Texts.present(assessment, "assessment");
        if (status != ProgramStatus.APPROVED) {
            throw new DomainRuleViolation("program.notApproved", status);
        }
        ExpectedResult result = result(resultId);
        if (result.stageId() != null && stage(result.stageId()).status() != StageStatus.ACTIVE) {
            throw new DomainRuleViolation(
                    "result.stageNotActive", stage(result.stageId()).name());
        }
        result.assess(assessment);
        record(new ResultAssessed(id, resultId, assessment.outcome()));
    }

    // ---- indicators -----------------------------------------------------------------------------------------------

    /**
     * Adds a target indicator (целевой показатель); its target may not lie against its direction ({@code
     * indicator.targetAgainstDirection}), and a completed program ({@code program.completed}) or an identifier already
     * used ({@code duplicateId}) is refused.
     */
    public void addIndicator(
            IndicatorId indicatorId,
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            IndicatorDirection direction) {
        requireNotCompleted();
        if (find(indicators, indicatorId).isPresent()) {
            throw new DomainRuleViolation("duplicateId", indicatorId);
        }
        indicators.add(
                new Indicator(new Indicator.Snapshot(indicatorId, name, unit, baseline, target, direction, List.of())));
    }

    /**
     * Changes an indicator's name, unit, baseline, target and direction, keeping its measurements; the target may not
     * lie against the direction ({@code indicator.targetAgainstDirection}), and a completed program refuses it ({@code
     * program.completed}).
     */
    public void reviseIndicator(
            IndicatorId indicatorId,
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            IndicatorDirection direction) {
        requireNotCompleted();
        indicator(indicatorId).revise(name, unit, baseline, target, direction);
    }

    /** Records a measured value; the day must fall inside the program's period. */
    public void recordMeasurement(IndicatorId indicatorId, Measurement measurement) {
        Texts.present(measurement, "measurement");
        requireNotCompleted();
        Indicator indicator = indicator(indicatorId);
        requireInside(period, measurement);
        indicator.record(measurement);
        record(new MeasurementRecorded(id, indicatorId, measurement));
    }

    private static void requireInside(Period programPeriod, Measurement measurement) {
        if (!programPeriod.contains(measurement.measuredOn())) {
            throw new DomainRuleViolation(
                    "measurement.outsideProgram", measurement.measuredOn(), programPeriod.start(), programPeriod.end());
        }
    }

    // ---- look-ups -------------------------------------------------------------------------------------------------

    private static <E extends org.jmolecules.ddd.types.Entity<Program, I>, I> Optional<E> find(List<E> entities, I id) {
        return entities.stream().filter(e -> e.getId().equals(id)).findFirst();
    }

    private static <E extends org.jmolecules.ddd.types.Entity<Program, I>, I> E get(
            List<E> entities, I id, String what, Function<I, NotFound> missing) {
        Texts.present(id, what);
        return find(entities, id).orElseThrow(() -> missing.apply(id));
    }

    /** The program's stage with this identifier; an unknown one is refused as NotFound (code {@code notFound}). */
    public Stage stage(StageId stageId) {
        return get(stages, stageId, "stageId", i -> new NotFound("stage", i));
    }

    /** The program's direction with this identifier; an unknown one is refused as NotFound (code {@code notFound}). */
    public Direction direction(DirectionId directionId) {
        return get(directions, directionId, "directionId", i -> new NotFound("direction", i));
    }

    /** The program's activity with this identifier; an unknown one is refused as NotFound (code {@code notFound}). */
    public Activity activity(ActivityId activityId) {
        return get(activities, activityId, "activityId", i -> new NotFound("activity", i));
    }

    /**
     * The program's expected result with this identifier; an unknown one is refused as NotFound (code {@code
     * notFound}).
     */
    public ExpectedResult result(ExpectedResultId resultId) {
        return get(results, resultId, "expectedResultId", i -> new NotFound("expectedResult", i));
    }

    /** The program's indicator with this identifier; an unknown one is refused as NotFound (code {@code notFound}). */
    public Indicator indicator(IndicatorId indicatorId) {
        return get(indicators, indicatorId, "indicatorId", i -> new NotFound("indicator", i));
    }

    // ---- state ----------------------------------------------------------------------------------------------------

    @Override
    public ProgramId getId() {
        return id;
    }

    /** The community whose plan this is. */
    public CommunityId communityId() {
        return communityId;
    }

    /** What kind of plan it is: a program, a subprogram, a project or a work plan. */
    public ProgramKind kind() {
        return kind;
    }

    /** The program's title. */
    public String title() {
        return title;
    }

    /** The idea, introduction or legal basis the document opens with. */
    public String summary() {
        return summary;
    }

    /** The program's goal (цель), or null while none is written; every approved program but a work plan has one. */
    public String goal() {
        return goal;
    }

    /** The program's tasks (задачи), numbered from 1 in their order. */
    public List<Task> tasks() {
        return tasks;
    }

    /** The days the program runs, both ends included; its stages and measurements lie inside it. */
    public Period period() {
        return period;
    }

    /** Whether the program is a draft, approved or completed. */
    public ProgramStatus status() {
        return status;
    }

    /** Who approved the program, when and by which order, and who agreed it; null while it is a draft. */
    public Approval approval() {
        return approval;
    }

    /** Stages in their order. */
    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** The directions or sections of the plan, in the order they were added. */
    public List<Direction> directions() {
        return List.copyOf(directions);
    }

    /** The planned activities (мероприятия), in the order they were planned. */
    public List<Activity> activities() {
        return List.copyOf(activities);
    }

    /**
     * The expected results (ожидаемые результаты) of the stages and of the whole program, in the order they were added.
     */
    public List<ExpectedResult> results() {
        return List.copyOf(results);
    }

    /** The target indicators (целевые показатели), in the order they were added. */
    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    /** The full state, for storing and rebuilding. */
    public record Snapshot(
            ProgramId id,
            long version,
            CommunityId communityId,
            ProgramKind kind,
            String title,
            String summary,
            String goal,
            List<Task> tasks,
            Period period,
            ProgramStatus status,
            Approval approval,
            List<Stage.Snapshot> stages,
            List<Direction.Snapshot> directions,
            List<Activity.Snapshot> activities,
            List<ExpectedResult.Snapshot> results,
            List<Indicator.Snapshot> indicators) {

        public Snapshot {
            tasks = Texts.listOf(tasks, "tasks");
            stages = Texts.listOf(stages, "stages");
            directions = Texts.listOf(directions, "directions");
            activities = Texts.listOf(activities, "activities");
            results = Texts.listOf(results, "results");
            indicators = Texts.listOf(indicators, "indicators");
        }
    }
}
