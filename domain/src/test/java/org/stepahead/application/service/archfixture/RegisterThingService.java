package org.stepahead.application.service.archfixture;

import org.stepahead.application.port.in.archfixture.RegisterThingCommand;
import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;
import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: a service implementing an incoming port with an outgoing port and a helper service. */
public class RegisterThingService implements RegisterThingUseCase {

    private final ThingRepository things;
    private final ThingNumbering numbering = new ThingNumbering();

    public RegisterThingService(ThingRepository things) {
        this.things = things;
    }

    @Override
    public String register(RegisterThingCommand command) {
        String id = numbering.next(things.size());
        things.save(id, command.name());
        return id;
    }
}
