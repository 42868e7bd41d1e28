package org.stepahead.adapter.in.cli.organization;

import org.stepahead.adapter.in.cli.support.ShowCliCommand;
import org.stepahead.application.port.in.organization.GetOrganizationUseCase;
import org.stepahead.application.port.in.organization.OrganizationView;
import org.stepahead.domain.organization.OrganizationId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code org show ID}: one organization. */
@Command(name = "show")
final class GetOrganizationCliCommand extends ShowCliCommand<OrganizationId, OrganizationView> {

    @Parameters(index = "0", paramLabel = "ID")
    OrganizationId id;

    GetOrganizationCliCommand(GetOrganizationUseCase getOrganization) {
        super(getOrganization::get, OrganizationCommands.COLUMNS);
    }
}
