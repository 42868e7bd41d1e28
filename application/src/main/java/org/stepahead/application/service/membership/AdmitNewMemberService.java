package org.stepahead.application.service.membership;

import org.stepahead.application.port.in.educator.RegisterEducatorUseCase;
import org.stepahead.application.port.in.membership.AdmitMemberCommand;
import org.stepahead.application.port.in.membership.AdmitMemberUseCase;
import org.stepahead.application.port.in.membership.AdmitNewMemberCommand;
import org.stepahead.application.port.in.membership.AdmitNewMemberUseCase;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.MembershipId;

/**
 * Service: registers the educator and admits them through the two use cases, inside one unit of work that both
 * join: every rule of both applies, and a refusal of either leaves nothing behind.
 */
public record AdmitNewMemberService(
        UseCaseRunner runner, RegisterEducatorUseCase registerEducator, AdmitMemberUseCase admitMember)
        implements AdmitNewMemberUseCase {

    @Override
    public MembershipId admitNew(AdmitNewMemberCommand command) {
        return runner.execute(command, changes -> {
            EducatorId educator = registerEducator.register(command.educator());
            return admitMember.admit(new AdmitMemberCommand(
                    command.communityId(),
                    educator,
                    command.roles(),
                    command.joinedOn(),
                    command.consentGivenOn(),
                    command.consentBasis(),
                    command.admissionBasis()));
        });
    }
}
