package org.stepahead.adapter.in.cli.organization;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;
import picocli.CommandLine.Command;

/** {@code org list}: every organization in Russian alphabetical order. */
@Command(name = "list")
final class ListOrganizationsCliCommand extends CliCommand {

    private final ListOrganizationsUseCase listOrganizations;

    ListOrganizationsCliCommand(ListOrganizationsUseCase listOrganizations) {
        this.listOrganizations = listOrganizations;
    }

    @Override
    protected void run() {
        out().list(listOrganizations.list(), OrganizationCommands.COLUMNS);
    }
}
