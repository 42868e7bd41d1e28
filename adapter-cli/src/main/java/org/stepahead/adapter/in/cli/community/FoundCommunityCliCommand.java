package org.stepahead.adapter.in.cli.community;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.in.community.FoundCommunityUseCase;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.Form;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code community found}: founds a community coordinated by an organization and prints its id. */
@Command(name = "found")
final class FoundCommunityCliCommand extends CliCommand {

    private final FoundCommunityUseCase foundCommunity;

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--kind", required = true)
    CommunityKind kind;

    @Option(names = "--level", required = true)
    CommunityLevel level;

    @Option(names = "--org", required = true)
    OrganizationId organization;

    @Option(names = "--time-zone")
    String timeZone;

    @Option(names = "--description")
    String description;

    @Option(names = "--goal")
    String goal;

    @Option(names = "--task")
    List<String> tasks = List.of();

    @Option(names = "--principle")
    List<String> principles = List.of();

    @Option(names = "--form", split = ",")
    List<Form> forms = List.of();

    @Option(names = "--document-title")
    String documentTitle;

    @Option(names = "--document-number")
    String documentNumber;

    @Option(names = "--document-date")
    LocalDate documentDate;

    FoundCommunityCliCommand(FoundCommunityUseCase foundCommunity) {
        this.foundCommunity = foundCommunity;
    }

    @Override
    protected void run() {
        DocumentInput document = documentTitle == null && documentNumber == null && documentDate == null
                ? null
                : new DocumentInput(documentTitle, documentNumber, documentDate);
        ProfileInput profile = new ProfileInput(
                description, goal, tasks, List.of(), principles, List.of(), forms, List.of(), List.of(), List.of());
        out().id(foundCommunity.found(
                new FoundCommunityCommand(name, kind, level, organization, document, timeZone, profile)));
    }
}
