package org.stepahead.application.port.in.membership;

/** Use case: link a tutor to a tutee in the same community. */
public interface LinkTutorUseCase {

    void link(LinkTutorCommand command);
}
