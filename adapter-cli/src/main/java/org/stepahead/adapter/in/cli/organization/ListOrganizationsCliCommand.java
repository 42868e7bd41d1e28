package org.stepahead.adapter.in.cli.organization;

import org.stepahead.adapter.in.cli.support.ListAllCliCommand;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;
import org.stepahead.application.port.in.organization.OrganizationView;
import picocli.CommandLine.Command;

/** {@code org list}: every organization in Russian alphabetical order. */
@Command(name = "list")
final class ListOrganizationsCliCommand extends ListAllCliCommand<OrganizationView> {

    ListOrganizationsCliCommand(ListOrganizationsUseCase listOrganizations) {
        super(listOrganizations::list, OrganizationCommands.COLUMNS);
    }
}
