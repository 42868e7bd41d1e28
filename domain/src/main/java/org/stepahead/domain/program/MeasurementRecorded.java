package org.stepahead.domain.program;

import org.jmolecules.event.types.DomainEvent;

/** Event: an indicator was measured. */
public record MeasurementRecorded(ProgramId programId, IndicatorId indicatorId, Measurement measurement)
        implements DomainEvent {}
