package org.stepahead.application.service.membership;

import java.util.function.Supplier;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.in.membership.AdmitMemberCommand;
import org.stepahead.application.port.in.membership.AdmitNewMemberCommand;
import org.stepahead.application.port.in.membership.AdmitNewMemberUseCase;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.MembershipId;

/**
 * Registers the educator and admits them through the two use cases, inside one unit of work that both join: every
 * rule of both applies, and a refusal of either leaves nothing behind.
 */
public final class AdmitNewMemberService implements AdmitNewMemberUseCase {

    private final UseCaseRunner runner;
    private final Supplier<StepAhead> app;

    /** The use cases are taken when it runs, so the entry point can hand itself over while it is built. */
    public AdmitNewMemberService(UseCaseRunner runner, Supplier<StepAhead> app) {
        this.runner = runner;
        this.app = app;
    }

    @Override
    public MembershipId admitNew(AdmitNewMemberCommand command) {
        return runner.execute(command, changes -> {
            EducatorId educator = app.get().registerEducator().register(command.educator());
            return app.get()
                    .admitMember()
                    .admit(new AdmitMemberCommand(
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
