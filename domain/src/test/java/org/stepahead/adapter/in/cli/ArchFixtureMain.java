package org.stepahead.adapter.in.cli;

import org.stepahead.adapter.in.cli.archfixture.RegisterThingCliCommand;
import org.stepahead.application.ArchFixtureEntryPoint;
import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: the CLI's entry point (it declares main) that opens the storage and builds the commands. */
public final class ArchFixtureMain {

    private ArchFixtureMain() {}

    public static void main(String[] args) {
        System.out.println(args.length);
    }

    public static int run(ThingRepository things) {
        return new RegisterThingCliCommand(ArchFixtureEntryPoint.registerThing(things)).call();
    }
}
