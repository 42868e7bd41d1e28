package org.stepahead.adapter.in.web.archfixture;

import org.stepahead.application.port.in.archfixture.RegisterThingCommand;
import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;

/** Architecture fixture: a controller that calls an incoming port only. */
public class RegisterThingController {

    private final RegisterThingUseCase useCase;

    public RegisterThingController(RegisterThingUseCase useCase) {
        this.useCase = useCase;
    }

    public String register(String name) {
        return useCase.register(new RegisterThingCommand(1, name));
    }
}
