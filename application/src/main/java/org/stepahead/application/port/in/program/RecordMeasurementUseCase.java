package org.stepahead.application.port.in.program;

/** Use case: record a measurement of a target indicator. */
public interface RecordMeasurementUseCase {

    void record(RecordMeasurementCommand command);
}
