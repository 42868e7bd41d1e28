package org.stepahead.application.port.in.educator;

import java.util.List;
import org.stepahead.domain.educator.EducatorId;

/** Use case: register an educator. */
public interface RegisterEducatorUseCase {

    /** Registers the educator; their organization, when given, must be registered. */
    EducatorId register(RegisterEducatorCommand command);

    /**
     * Registers a whole list of educators (a member register, a contest's winners) at once: all of them or, if any is
     * invalid, none. The ids come back in the order of the commands.
     */
    List<EducatorId> registerAll(List<RegisterEducatorCommand> commands);
}
