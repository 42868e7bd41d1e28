package org.stepahead.application.port.in.event;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.community.CommunityId;

/** Query: a community's events from one day to another, both included. */
public record CommunityEventsQuery(
        @NotNull CommunityId communityId,
        @NotNull LocalDate from,
        @NotNull LocalDate to) {

    /** Refuses an invalid query with an InvalidCommandException naming each invalid component. */
    public CommunityEventsQuery {
        CommandValidation.validateConstructor(CommunityEventsQuery.class, communityId, from, to);
    }
}
