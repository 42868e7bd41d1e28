package org.stepahead.adapter.in.web.archfixture;

import org.stepahead.adapter.in.cli.archfixture.RegisterThingCliCommand;

/** Architecture fixture: a web class that names a CLI adapter class. */
public class ControllerUsingACliCommand {

    public Integer run(RegisterThingCliCommand command) {
        return command.call();
    }
}
