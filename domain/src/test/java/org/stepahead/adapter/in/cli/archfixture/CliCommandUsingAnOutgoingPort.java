package org.stepahead.adapter.in.cli.archfixture;

import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: a CLI command that goes around the use case to an outgoing port. */
public class CliCommandUsingAnOutgoingPort {

    public int count(ThingRepository things) {
        return things.size();
    }
}
