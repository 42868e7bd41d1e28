package org.stepahead.adapter.in.cli;

import org.stepahead.application.ArchFixtureEntryPoint;
import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;
import org.stepahead.application.port.out.archfixture.ThingRepository;

/**
 * Architecture fixture: a context object beside the CLI's main (same package, no main of its own) that hands the
 * entry point's use cases to the commands — a service locator.
 */
public final class ArchFixtureCliContext {

    private final ThingRepository things;

    public ArchFixtureCliContext(ThingRepository things) {
        this.things = things;
    }

    public RegisterThingUseCase registerThing() {
        return ArchFixtureEntryPoint.registerThing(things);
    }
}
