package org.stepahead.adapter.in.cli.educator;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.application.port.in.educator.RegisterEducatorUseCase;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.organization.OrganizationId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code educator register}: registers an educator and prints the id. */
@Command(name = "register")
final class RegisterEducatorCliCommand extends CliCommand {

    private final RegisterEducatorUseCase registerEducator;

    @Option(names = "--surname", required = true)
    String surname;

    @Option(names = "--given-name", required = true)
    String givenName;

    @Option(names = "--patronymic")
    String patronymic;

    @Option(names = "--org")
    OrganizationId organization;

    @Option(names = "--position")
    String position;

    @Option(names = "--experience", required = true)
    ExperienceLevel experience;

    @Option(names = "--email")
    String email;

    RegisterEducatorCliCommand(RegisterEducatorUseCase registerEducator) {
        this.registerEducator = registerEducator;
    }

    @Override
    protected void run() {
        out().id(registerEducator.register(new RegisterEducatorCommand(
                surname, givenName, patronymic, organization, position, experience, email)));
    }
}
