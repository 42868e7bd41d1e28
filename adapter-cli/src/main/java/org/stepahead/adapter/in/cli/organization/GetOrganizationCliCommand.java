package org.stepahead.adapter.in.cli.organization;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.organization.GetOrganizationUseCase;
import org.stepahead.domain.organization.OrganizationId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code org show ID}: one organization. */
@Command(name = "show")
final class GetOrganizationCliCommand extends CliCommand {

    private final GetOrganizationUseCase getOrganization;

    @Parameters(index = "0", paramLabel = "ID")
    OrganizationId id;

    GetOrganizationCliCommand(GetOrganizationUseCase getOrganization) {
        this.getOrganization = getOrganization;
    }

    @Override
    protected void run() {
        out().one(getOrganization.get(id), OrganizationCommands.COLUMNS);
    }
}
