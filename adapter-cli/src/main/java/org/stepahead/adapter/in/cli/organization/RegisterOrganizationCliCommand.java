package org.stepahead.adapter.in.cli.organization;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.in.organization.RegisterOrganizationUseCase;
import org.stepahead.domain.organization.OrganizationKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code org register}: registers an organization and prints its id. */
@Command(name = "register")
final class RegisterOrganizationCliCommand extends CliCommand {

    private final RegisterOrganizationUseCase registerOrganization;

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--short-name")
    String shortName;

    @Option(names = "--kind", required = true)
    OrganizationKind kind;

    @Option(names = "--municipality")
    String municipality;

    @Option(names = "--low-results")
    boolean lowResults;

    @Option(names = "--hard-social-conditions")
    boolean hardSocialConditions;

    RegisterOrganizationCliCommand(RegisterOrganizationUseCase registerOrganization) {
        this.registerOrganization = registerOrganization;
    }

    @Override
    protected void run() {
        out().id(registerOrganization.register(new RegisterOrganizationCommand(
                name, shortName, kind, municipality, lowResults, hardSocialConditions)));
    }
}
