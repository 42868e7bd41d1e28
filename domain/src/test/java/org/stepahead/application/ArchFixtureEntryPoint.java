package org.stepahead.application;

import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;
import org.stepahead.application.port.out.archfixture.ThingRepository;
import org.stepahead.application.service.archfixture.RegisterThingService;

/** Architecture fixture: wiring in the application's root package, the one place that may build services. */
public final class ArchFixtureEntryPoint {

    private ArchFixtureEntryPoint() {}

    public static RegisterThingUseCase registerThing(ThingRepository things) {
        return new RegisterThingService(things);
    }
}
