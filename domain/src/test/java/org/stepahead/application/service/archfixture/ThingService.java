package org.stepahead.application.service.archfixture;

import org.stepahead.application.port.in.archfixture.CountThingsUseCase;
import org.stepahead.application.port.in.archfixture.RegisterThingCommand;
import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;

/** Architecture fixture: one service per aggregate, implementing two use cases. */
public class ThingService implements RegisterThingUseCase, CountThingsUseCase {

    private int count;

    @Override
    public String register(RegisterThingCommand command) {
        count++;
        return command.name();
    }

    @Override
    public int count() {
        return count;
    }
}
