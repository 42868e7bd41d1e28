package org.stepahead.application.service.program;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.stepahead.application.port.in.program.AssessResultCommand;
import org.stepahead.application.port.in.program.AssessResultUseCase;
import org.stepahead.application.port.in.program.RecordMeasurementCommand;
import org.stepahead.application.port.in.program.RecordMeasurementUseCase;
import org.stepahead.application.port.in.program.RunStageUseCase;
import org.stepahead.application.port.in.program.StageLifecycleCommand;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.Assessment;
import org.stepahead.domain.program.Evidence;
import org.stepahead.domain.program.Measurement;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.NotFound;

/** Service: runs approved programs — starts and closes stages, assesses results, records measurements. */
public final class ProgramExecutionService implements RunStageUseCase, AssessResultUseCase, RecordMeasurementUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;
    private final CommunityRepository communities;
    private final ClockPort clock;

    public ProgramExecutionService(
            UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities, ClockPort clock) {
        this.runner = runner;
        this.programs = programs;
        this.communities = communities;
        this.clock = clock;
    }

    @Override
    public void startStage(StageLifecycleCommand c) {
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                (p, today) -> p.startStage(c.stageId(), c.day() != null ? c.day() : today));
    }

    @Override
    public void closeStage(StageLifecycleCommand c) {
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                (p, today) -> p.closeStage(c.stageId(), c.day() != null ? c.day() : today));
    }

    @Override
    public void assess(AssessResultCommand c) {
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                (p, today) -> p.assessResult(
                        c.resultId(),
                        new Assessment(
                                c.outcome(),
                                c.assessedOn() != null ? c.assessedOn() : today,
                                c.comment(),
                                (c.evidence() == null ? List.<AssessResultCommand.EvidenceInput>of() : c.evidence())
                                        .stream()
                                                .map(e -> new Evidence(e.kind(), e.description(), e.reference()))
                                                .toList())));
    }

    @Override
    public void record(RecordMeasurementCommand c) {
        change(
                c,
                c.programId(),
                c.expectedVersion(),
                (p, today) ->
                        p.recordMeasurement(c.indicatorId(), new Measurement(c.measuredOn(), c.value(), c.note())));
    }

    private void change(Object command, ProgramId id, Long expectedVersion, BiConsumer<Program, LocalDate> work) {
        runner.execute(command, changes -> {
            Program program = programs.findById(id).orElseThrow(() -> new NotFound("program", id));
            UseCaseRunner.expectVersion(expectedVersion, program, "program");
            LocalDate today = clock.today(communities
                    .findById(program.communityId())
                    .orElseThrow(() -> new NotFound("community", program.communityId()))
                    .timeZone());
            work.accept(program, today);
            return changes.save(programs::save, program);
        });
    }
}
