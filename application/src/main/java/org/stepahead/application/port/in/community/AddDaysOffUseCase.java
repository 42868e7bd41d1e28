package org.stepahead.application.port.in.community;

/** Use case: mark days a community does not work beyond the country's calendar (its holidays, a quarantine). */
public interface AddDaysOffUseCase {

    /**
     * Adds the days off; an unknown community is NotFound, days that overlap days off already marked a
     * DomainRuleViolation ({@code community.daysOffOverlap}), a stale version a ConflictException. Returns the
     * community's new version.
     */
    long addDaysOff(AddDaysOffCommand command);
}
