package org.stepahead.adapter.in.web.boot.archfixture;

import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;
import org.stepahead.application.port.out.archfixture.ThingRepository;
import org.stepahead.application.service.archfixture.RegisterThingService;

/** Architecture fixture: web wiring that builds a service itself instead of calling the entry point. */
public class WebConfigurationBuildingAService {

    public RegisterThingUseCase registerThing(ThingRepository things) {
        return new RegisterThingService(things);
    }
}
