package org.stepahead.application.port.out.archfixture;

import org.stepahead.application.port.in.archfixture.RegisterThingCommand;

/** Architecture fixture: an outgoing port that names an incoming-port command. */
public interface RepositoryTakingACommand {

    void save(RegisterThingCommand command);
}
