package org.stepahead.application.service.program;

import java.util.List;
import java.util.function.Consumer;
import org.stepahead.application.common.CommandValidation;
import org.stepahead.application.port.in.program.ActivityCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand;
import org.stepahead.application.port.in.program.ApproveProgramUseCase;
import org.stepahead.application.port.in.program.DirectionCommand;
import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.DraftProgramUseCase;
import org.stepahead.application.port.in.program.ExpectedResultCommand;
import org.stepahead.application.port.in.program.IndicatorCommand;
import org.stepahead.application.port.in.program.PlanActivityUseCase;
import org.stepahead.application.port.in.program.PlanDirectionUseCase;
import org.stepahead.application.port.in.program.PlanExpectedResultUseCase;
import org.stepahead.application.port.in.program.PlanIndicatorUseCase;
import org.stepahead.application.port.in.program.PlanStageUseCase;
import org.stepahead.application.port.in.program.ReviseProgramCommand;
import org.stepahead.application.port.in.program.ReviseProgramUseCase;
import org.stepahead.application.port.in.program.StageCommand;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Approval;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.Responsible;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Official;
import org.stepahead.domain.shared.Period;

/**
 * Service: drafts and revises programs, plans their stages, directions, activities, expected results and
 * indicators, and approves them.
 */
public final class ProgramPlanningService
        implements DraftProgramUseCase,
                ReviseProgramUseCase,
                PlanStageUseCase,
                PlanDirectionUseCase,
                PlanActivityUseCase,
                PlanExpectedResultUseCase,
                PlanIndicatorUseCase,
                ApproveProgramUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;
    private final CommunityRepository communities;
    private final ClockPort clock;

    public ProgramPlanningService(
            UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities, ClockPort clock) {
        this.runner = runner;
        this.programs = programs;
        this.communities = communities;
        this.clock = clock;
    }

    @Override
    public ProgramId draft(DraftProgramCommand c) {
        return runner.execute(c, changes -> {
            communities.findById(c.communityId()).orElseThrow(() -> new NotFound("community", c.communityId()));
            Program program = Program.draft(
                    ProgramId.random(),
                    c.communityId(),
                    c.kind(),
                    c.title(),
                    c.summary(),
                    c.goal(),
                    list(c.tasks()),
                    new Period(c.periodStart(), c.periodEnd()));
            changes.save(programs::save, program);
            return program.getId();
        });
    }

    @Override
    public void revise(ReviseProgramCommand c) {
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.revise(
                        c.kind(),
                        c.title(),
                        c.summary(),
                        c.goal(),
                        list(c.tasks()),
                        new Period(c.periodStart(), c.periodEnd())));
    }

    @Override
    public StageId addStage(StageCommand c) {
        StageId id = StageId.random();
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.addStage(id, c.name(), c.kind(), new Period(c.periodStart(), c.periodEnd()), c.description()));
        return id;
    }

    @Override
    public void reviseStage(StageCommand c) {
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.reviseStage(
                        required(c.stageId(), "stageId"),
                        c.name(),
                        c.kind(),
                        new Period(c.periodStart(), c.periodEnd()),
                        c.description()));
    }

    @Override
    public DirectionId addDirection(DirectionCommand c) {
        DirectionId id = DirectionId.random();
        change(c, c.programId(), c.expectedVersion(), p -> p.addDirection(id, c.code(), c.title()));
        return id;
    }

    @Override
    public void reviseDirection(DirectionCommand c) {
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.reviseDirection(required(c.directionId(), "directionId"), c.code(), c.title()));
    }

    @Override
    public ActivityId planActivity(ActivityCommand c) {
        ActivityId id = ActivityId.random();
        change(c, c.programId(), c.expectedVersion(), p -> p.planActivity(id, details(c)));
        return id;
    }

    @Override
    public void reviseActivity(ActivityCommand c) {
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.reviseActivity(required(c.activityId(), "activityId"), details(c)));
    }

    private static Activity.Details details(ActivityCommand c) {
        return new Activity.Details(
                c.number(),
                c.title(),
                c.description(),
                c.directionId(),
                c.stageId(),
                list(c.forms()),
                c.schedule(),
                list(c.responsible()).stream()
                        .map(r -> new Responsible(r.name(), r.organizationId(), r.educatorId()))
                        .toList(),
                list(c.tutorFunctions()));
    }

    @Override
    public ExpectedResultId addExpectedResult(ExpectedResultCommand c) {
        ExpectedResultId id = ExpectedResultId.random();
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.addExpectedResult(id, c.text(), c.details(), c.kind(), c.stageId()));
        return id;
    }

    @Override
    public void reviseExpectedResult(ExpectedResultCommand c) {
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.reviseExpectedResult(
                        required(c.resultId(), "resultId"), c.text(), c.details(), c.kind(), c.stageId()));
    }

    @Override
    public IndicatorId addIndicator(IndicatorCommand c) {
        IndicatorId id = IndicatorId.random();
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.addIndicator(id, c.name(), c.unit(), c.baseline(), c.target(), c.direction()));
        return id;
    }

    @Override
    public void reviseIndicator(IndicatorCommand c) {
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.reviseIndicator(
                        required(c.indicatorId(), "indicatorId"),
                        c.name(),
                        c.unit(),
                        c.baseline(),
                        c.target(),
                        c.direction()));
    }

    @Override
    public void approve(ApproveProgramCommand c) {
        runner.execute(c, changes -> {
            Program program = load(c.programId());
            UseCaseRunner.expectVersion(c.expectedVersion(), program, "program");
            Community community = communities
                    .findById(program.communityId())
                    .orElseThrow(() -> new NotFound("community", program.communityId()));
            DocumentRef order = c.orderTitle() == null && c.orderNumber() == null && c.orderDate() == null
                    ? null
                    : new DocumentRef(
                            c.orderTitle() == null ? "Приказ" : c.orderTitle(), c.orderNumber(), c.orderDate());
            program.approve(new Approval(
                    new Official(c.approvedBy().position(), c.approvedBy().name()),
                    c.approvedOn() != null ? c.approvedOn() : clock.today(community.timeZone()),
                    order,
                    list(c.agreedBy()).stream()
                            .map(o -> new Official(o.position(), o.name()))
                            .toList()));
            return changes.save(programs::save, program);
        });
    }

    private void change(Object command, ProgramId id, Long expectedVersion, Consumer<Program> work) {
        runner.execute(command, changes -> {
            Program program = load(id);
            UseCaseRunner.expectVersion(expectedVersion, program, "program");
            work.accept(program);
            return changes.save(programs::save, program);
        });
    }

    private Program load(ProgramId id) {
        return programs.findById(id).orElseThrow(() -> new NotFound("program", id));
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw CommandValidation.missing(field);
        }
        return value;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
