package org.stepahead.adapter.in.web.archfixture;

import org.stepahead.application.ArchFixtureEntryPoint;
import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: a controller that takes its use case from the entry point instead of being given it. */
public class ControllerUsingTheEntryPoint {

    public String register(ThingRepository things) {
        return ArchFixtureEntryPoint.registerThing(things).toString();
    }
}
