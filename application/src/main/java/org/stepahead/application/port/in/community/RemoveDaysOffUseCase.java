package org.stepahead.application.port.in.community;

/** Use case: remove days off a community marked. */
public interface RemoveDaysOffUseCase {

    /**
     * Removes the days off starting on the day; an unknown community or no days off starting then is NotFound, a
     * stale version a ConflictException. Returns the community's new version.
     */
    long removeDaysOff(RemoveDaysOffCommand command);
}
