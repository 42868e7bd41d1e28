package org.stepahead.application.port.in.program;

/** Use case: revise a draft program. */
public interface ReviseProgramUseCase {

    void revise(ReviseProgramCommand command);
}
