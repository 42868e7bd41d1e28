package org.stepahead.adapter.in.web.archfixture;

import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: a controller that goes around the use case to an outgoing port. */
public class ControllerUsingAnOutgoingPort {

    public int count(ThingRepository things) {
        return things.size();
    }
}
