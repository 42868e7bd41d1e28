package org.stepahead.application.service.archfixture;

import org.stepahead.application.port.in.archfixture.RegisterThingCommand;
import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;

/** Architecture fixture: a service implementing one use case but not named after it. */
public class ThingRegistrar implements RegisterThingUseCase {

    @Override
    public String register(RegisterThingCommand command) {
        return command.name();
    }
}
