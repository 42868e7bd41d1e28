package org.stepahead.application.port.in.program;

/** Use case: record a measurement of a target indicator. */
public interface RecordMeasurementUseCase {

    /**
     * Adds the measurement to the indicator; an invalid command throws InvalidCommandException, an unknown program
     * NotFound, a stale expected version ConflictException, an unknown indicator or a measurement dated outside the
     * program DomainRuleViolation.
     */
    void record(RecordMeasurementCommand command);
}
