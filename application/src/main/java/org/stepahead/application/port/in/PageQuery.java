package org.stepahead.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Query: which page (from 0) of a list sorted by name, of what size, and whether from Я to А instead of А to Я. */
public record PageQuery(@Min(0) int page, @Min(1) @Max(500) int size, boolean descending) {

    /** Refuses an invalid query with an InvalidCommandException naming each invalid component. */
    public PageQuery {
        CommandValidation.validateConstructor(PageQuery.class, page, size, descending);
    }

    /** The first page of the given size, А to Я. */
    public static PageQuery first(int size) {
        return new PageQuery(0, size, false);
    }
}
