package org.stepahead.adapter.in.web.boot.archfixture;

import org.stepahead.adapter.in.web.archfixture.RegisterThingController;
import org.stepahead.application.ArchFixtureEntryPoint;
import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: web wiring that opens the storage (an outgoing port) and builds use cases. */
public class WebConfigurationOpeningTheStorage {

    public RegisterThingController controller(ThingRepository things) {
        return new RegisterThingController(ArchFixtureEntryPoint.registerThing(things));
    }
}
