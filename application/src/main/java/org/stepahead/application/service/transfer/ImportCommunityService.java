package org.stepahead.application.service.transfer;

import org.stepahead.application.port.in.transfer.ImportCommunityCommand;
import org.stepahead.application.port.in.transfer.ImportCommunityUseCase;
import org.stepahead.application.port.in.transfer.ImportReport;
import org.stepahead.application.service.UseCaseRunner;

/**
 * Service: imports a community document in one unit of work. The entries go through the incoming ports (so through
 * every rule of the model); those use cases join this one's unit of work, so a refusal or a storage failure at any
 * entry keeps nothing, and the domain events are published only once everything has committed. A dry run does the
 * same work and then rolls it back.
 */
public record ImportCommunityService(UseCaseRunner runner, ImportUseCases useCases) implements ImportCommunityUseCase {

    @Override
    public ImportReport importCommunity(ImportCommunityCommand command) {
        try {
            return runner.execute(command, changes -> {
                ImportReport report = new CommunityImport(useCases).run(command.document(), command.dryRun());
                if (command.dryRun()) {
                    throw new DryRunDone(report);
                }
                return report;
            });
        } catch (DryRunDone done) {
            return done.report;
        }
    }

    /** Ends a dry run by rolling its unit of work back, carrying the report out. */
    private static final class DryRunDone extends RuntimeException {
        private final transient ImportReport report;

        DryRunDone(ImportReport report) {
            super("dry run", null, false, false);
            this.report = report;
        }
    }
}
