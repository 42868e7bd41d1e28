package org.stepahead.application.port.in.program;

/** Use case: assess an expected result; a product is achieved only with evidence. */
public interface AssessResultUseCase {

    void assess(AssessResultCommand command);
}
