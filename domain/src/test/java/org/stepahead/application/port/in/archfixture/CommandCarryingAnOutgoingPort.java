package org.stepahead.application.port.in.archfixture;

import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: an incoming-port type that names an outgoing port. */
public record CommandCarryingAnOutgoingPort(ThingRepository things) {}
