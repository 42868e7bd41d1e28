package org.stepahead.adapter.in.cli;

import org.stepahead.adapter.in.cli.archfixture.RegisterThingCliCommand;
import org.stepahead.application.ArchFixtureEntryPoint;
import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: a CLI main in the adapter's root package that opens the storage. */
public final class ArchFixtureMain {

    private ArchFixtureMain() {}

    public static int run(ThingRepository things) {
        return new RegisterThingCliCommand(ArchFixtureEntryPoint.registerThing(things)).call();
    }
}
