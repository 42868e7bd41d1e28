package org.stepahead.adapter.out.persistence.archfixture;

import org.stepahead.application.port.in.archfixture.RegisterThingCommand;
import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;

/** Architecture fixture: a persistence class that calls an incoming port. */
public class StoreUsingAUseCase {

    public String importThing(RegisterThingUseCase useCase) {
        return useCase.register(new RegisterThingCommand(1, "imported"));
    }
}
