package org.stepahead.adapter.in.cli.community;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityUseCase;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.organization.OrganizationId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code community found}: founds a community coordinated by an organization and prints its id. */
@Command(name = "found")
final class FoundCommunityCliCommand extends CliCommand {

    private final FoundCommunityUseCase foundCommunity;

    @Option(names = "--kind", required = true)
    CommunityKind kind;

    @Option(names = "--level", required = true)
    CommunityLevel level;

    @Option(names = "--org", required = true)
    OrganizationId organization;

    @Mixin
    CommunityOptions community;

    FoundCommunityCliCommand(FoundCommunityUseCase foundCommunity) {
        this.foundCommunity = foundCommunity;
    }

    @Override
    protected void run() {
        CommunityOptions c = community;
        out().id(foundCommunity.found(
                new FoundCommunityCommand(c.name, kind, level, organization, c.document(), c.timeZone, c.profile())));
    }
}
