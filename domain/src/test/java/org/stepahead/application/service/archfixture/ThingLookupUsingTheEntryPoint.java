package org.stepahead.application.service.archfixture;

import org.stepahead.application.ArchFixtureEntryPoint;
import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: service code reaching other use cases through the entry point (a service locator). */
public class ThingLookupUsingTheEntryPoint {

    public Object registration(ThingRepository things) {
        return ArchFixtureEntryPoint.registerThing(things);
    }
}
