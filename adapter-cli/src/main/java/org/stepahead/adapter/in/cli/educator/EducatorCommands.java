package org.stepahead.adapter.in.cli.educator;

import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.application.port.in.educator.EducatorView;
import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.organization.OrganizationId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** CLI commands for educators: {@code educator register|show}. */
@Command(
        name = "educator",
        subcommands = {EducatorCommands.Register.class, EducatorCommands.Show.class})
public final class EducatorCommands {

    static final List<Column<EducatorView>> COLUMNS = List.of(
            Column.of("column.id", EducatorView::id),
            Column.of("column.fullName", EducatorView::fullName),
            Column.of("column.organization", EducatorView::organizationId),
            Column.of("column.position", EducatorView::position),
            Column.of("column.experience", EducatorView::experience),
            Column.of("column.email", EducatorView::email));

    /** {@code educator show ID}: one educator with everything registered. */
    @Command(name = "show")
    static final class Show extends CliCommand {
        @Parameters(index = "0", paramLabel = "ID")
        EducatorId id;

        @Override
        protected void run() {
            out().one(app().getEducator().get(id), COLUMNS);
        }
    }

    /** {@code educator register}: registers an educator and prints the id. */
    @Command(name = "register")
    static final class Register extends CliCommand {
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

        @Override
        protected void run() {
            out().id(app().registerEducator()
                    .register(new RegisterEducatorCommand(
                            surname, givenName, patronymic, organization, position, experience, email)));
        }
    }
}
