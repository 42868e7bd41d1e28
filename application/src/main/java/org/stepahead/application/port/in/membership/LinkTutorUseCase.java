package org.stepahead.application.port.in.membership;

/** Use case: link a tutor and a tutee, or end that link. */
public interface LinkTutorUseCase {

    void link(LinkTutorCommand command);

    void end(EndTutoringCommand command);
}
