package org.stepahead.adapter.in.web.archfixture;

import org.stepahead.application.port.in.archfixture.RegisterThingCommand;
import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;

/** Architecture fixture: a controller of one use case that is not named after it. */
public class ThingController {

    private final RegisterThingUseCase useCase;

    public ThingController(RegisterThingUseCase useCase) {
        this.useCase = useCase;
    }

    public String register(String name) {
        return useCase.register(new RegisterThingCommand(2, name));
    }
}
