package org.stepahead.adapter.in.cli.archfixture;

import java.util.concurrent.Callable;
import org.stepahead.application.port.in.archfixture.RegisterThingCommand;
import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;

/** Architecture fixture: a CLI command that calls an incoming port only. */
public class RegisterThingCliCommand implements Callable<Integer> {

    private final RegisterThingUseCase useCase;

    public RegisterThingCliCommand(RegisterThingUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public Integer call() {
        useCase.register(new RegisterThingCommand(1, "cli"));
        return 0;
    }
}
