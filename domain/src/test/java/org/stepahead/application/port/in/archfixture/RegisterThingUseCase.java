package org.stepahead.application.port.in.archfixture;

/** Architecture fixture: a well-named incoming port. */
public interface RegisterThingUseCase {

    String register(RegisterThingCommand command);
}
