package org.stepahead.adapter.in.cli.membership;

import java.util.List;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.adapter.in.cli.support.ShowCliCommand;
import org.stepahead.application.port.in.membership.GetMembershipUseCase;
import org.stepahead.application.port.in.membership.MembershipView;
import org.stepahead.domain.membership.MembershipId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code member show ID}: one membership with its consent and tutoring links. */
@Command(name = "show")
final class GetMembershipCliCommand extends ShowCliCommand<MembershipId, MembershipView> {

    static final List<Column<MembershipView>> DETAILS = Column.table(
            MembershipView.class,
            "membershipId=id version community=communityId educator=educatorId roles joinedOn leftOn consentGivenOn "
                    + "consentBasis admissionBasis",
            Column.of(
                    "column.tutors",
                    m -> m.tutors().stream()
                            .map(t -> t.tutorId() + " " + t.functions() + " " + t.since() + " – "
                                    + (t.until() == null ? "" : t.until()))
                            .toList()));

    @Parameters(index = "0", paramLabel = "MEMBERSHIP")
    MembershipId membership;

    GetMembershipCliCommand(GetMembershipUseCase getMembership) {
        super(getMembership::membership, DETAILS);
    }
}
