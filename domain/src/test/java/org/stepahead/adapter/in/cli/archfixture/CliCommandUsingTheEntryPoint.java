package org.stepahead.adapter.in.cli.archfixture;

import org.stepahead.application.ArchFixtureEntryPoint;
import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: a CLI command that takes its use case from the entry point itself. */
public class CliCommandUsingTheEntryPoint {

    public String register(ThingRepository things) {
        return ArchFixtureEntryPoint.registerThing(things).toString();
    }
}
