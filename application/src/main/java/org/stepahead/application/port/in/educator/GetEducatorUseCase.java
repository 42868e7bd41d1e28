package org.stepahead.application.port.in.educator;

import org.stepahead.domain.educator.EducatorId;

/** Use case: read an educator. */
public interface GetEducatorUseCase {

    /** The educator; an unknown one throws NotFound. */
    EducatorView get(EducatorId id);
}
