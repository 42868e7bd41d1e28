package org.stepahead.adapter.in.cli;

import org.stepahead.adapter.in.cli.archfixture.RegisterThingCliCommand;
import org.stepahead.application.port.out.archfixture.ThingRepository;
import org.stepahead.application.service.archfixture.RegisterThingService;

/** Architecture fixture: a CLI main that builds a service itself instead of calling the entry point. */
public final class ArchFixtureMainBuildingAService {

    private ArchFixtureMainBuildingAService() {}

    public static int run(ThingRepository things) {
        return new RegisterThingCliCommand(new RegisterThingService(things)).call();
    }
}
