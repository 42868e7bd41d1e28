package org.stepahead.adapter.out.calendar.archfixture;

import org.stepahead.application.port.in.archfixture.RegisterThingCommand;
import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;

/** Architecture fixture: a calendar adapter class that calls an incoming port. */
public class CalendarWriterCallingAUseCase {

    public String write(RegisterThingUseCase useCase) {
        return useCase.register(new RegisterThingCommand(1, "calendar"));
    }
}
