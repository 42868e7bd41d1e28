package org.stepahead.adapter.in.web.archfixture;

import org.stepahead.application.port.in.archfixture.RegisterThingCommand;
import org.stepahead.application.service.archfixture.RegisterThingService;

/** Architecture fixture: a controller that calls a service class instead of its incoming port. */
public class ControllerCallingAService {

    public String register(RegisterThingService service) {
        return service.register(new RegisterThingCommand(1, "web"));
    }
}
