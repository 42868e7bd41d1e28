package org.stepahead.application.port.in.archfixture;

import org.stepahead.application.service.archfixture.RegisterThingService;

/** Architecture fixture: an incoming-port type that names a service. */
public record QueryNamingAService(RegisterThingService service) {}
