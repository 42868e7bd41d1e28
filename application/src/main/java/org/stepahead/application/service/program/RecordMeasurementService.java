package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.RecordMeasurementCommand;
import org.stepahead.application.port.in.program.RecordMeasurementUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.Measurement;

/** Service: records a measurement of a program's indicator. */
public final class RecordMeasurementService implements RecordMeasurementUseCase {

    private final ProgramChanges programs;

    public RecordMeasurementService(
            UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities, ClockPort clock) {
        this.programs = new ProgramChanges(runner, programs, communities, clock);
    }

    @Override
    public void record(RecordMeasurementCommand c) {
        programs.changeToday(
                c,
                c.programId(),
                c.expectedVersion(),
                (p, today) ->
                        p.recordMeasurement(c.indicatorId(), new Measurement(c.measuredOn(), c.value(), c.note())));
    }
}
