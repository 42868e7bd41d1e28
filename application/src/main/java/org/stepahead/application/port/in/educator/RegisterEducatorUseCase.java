package org.stepahead.application.port.in.educator;

import org.stepahead.domain.educator.EducatorId;

/** Use case: register an educator. */
public interface RegisterEducatorUseCase {

  /** Registers the educator; their organization, when given, must be registered. */
  EducatorId register(RegisterEducatorCommand command);
}
