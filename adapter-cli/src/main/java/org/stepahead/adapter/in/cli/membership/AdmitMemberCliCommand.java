package org.stepahead.adapter.in.cli.membership;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.membership.AdmitMemberCommand;
import org.stepahead.application.port.in.membership.AdmitMemberUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code member admit}: admits an educator who gave consent and prints the membership id. */
@Command(name = "admit")
final class AdmitMemberCliCommand extends CliCommand {

    private final AdmitMemberUseCase admitMember;

    @Option(names = "--community", required = true)
    CommunityId community;

    @Option(names = "--educator", required = true)
    EducatorId educator;

    @Option(names = "--role", split = ",", required = true)
    List<Role> roles;

    @Option(names = "--joined-on", required = true)
    LocalDate joinedOn;

    @Option(names = "--consent-given-on", required = true)
    LocalDate consentGivenOn;

    @Option(names = "--consent-basis")
    String consentBasis;

    @Option(names = "--admission-basis")
    String admissionBasis;

    AdmitMemberCliCommand(AdmitMemberUseCase admitMember) {
        this.admitMember = admitMember;
    }

    @Override
    protected void run() {
        out().id(admitMember.admit(new AdmitMemberCommand(
                community,
                educator,
                MemberCommands.roles(roles),
                joinedOn,
                consentGivenOn,
                consentBasis,
                admissionBasis)));
    }
}
