package org.stepahead.adapter.in.web.archfixture;

import org.stepahead.application.port.in.archfixture.CountThingsUseCase;
import org.stepahead.application.port.in.archfixture.RegisterThingCommand;
import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;

/** Architecture fixture: a controller that calls two use cases. */
public class RegisterThingAndCountController {

    public int registerAndCount(RegisterThingUseCase register, CountThingsUseCase count) {
        register.register(new RegisterThingCommand(3, "web"));
        return count.count();
    }
}
