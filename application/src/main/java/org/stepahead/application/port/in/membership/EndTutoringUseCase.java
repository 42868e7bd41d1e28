package org.stepahead.application.port.in.membership;

/** Use case: end a tutoring link. */
public interface EndTutoringUseCase {

    void end(EndTutoringCommand command);
}
