package org.stepahead.adapter.in.web.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;
import org.stepahead.application.port.in.account.CreateAccountCommand;
import org.stepahead.application.port.in.account.CreateAccountUseCase;
import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.application.port.in.educator.RegisterEducatorUseCase;
import org.stepahead.application.port.in.membership.AdmitMemberCommand;
import org.stepahead.application.port.in.membership.AdmitMemberUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Role;

/**
 * The documented demo account of the demo switch: {@value #USERNAME} / {@value #PASSWORD}, an educator who
 * coordinates every demo community (admitted with consent on the day of the first demo start), so a newcomer can
 * sign in and change things without the administrator's password. Made once: when the account exists, nothing is
 * done. Never made without the demo switch.
 */
@Component
@ConditionalOnBooleanProperty("stepahead.demo")
record DemoAccount(
        AuthenticateAccountUseCase accounts,
        CreateAccountUseCase createAccount,
        RegisterEducatorUseCase registerEducator,
        AdmitMemberUseCase admitMember,
        PasswordEncoder passwords,
        Clock clock) {

    static final String USERNAME = "demo";
    static final String PASSWORD = "demo-step-ahead";

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccount.class);

    /** Makes the account, coordinator of the given communities, unless it is already there. */
    void ensure(List<CommunityId> communities) {
        if (accounts.byUsername(USERNAME).isPresent()) {
            LOG.info("Demo: the account «{}» is already there", USERNAME);
            return;
        }
        EducatorId educator = registerEducator.register(new RegisterEducatorCommand(
                "Демонстрационный",
                "Координатор",
                null,
                null,
                "координатор (демонстрационный режим)",
                ExperienceLevel.EXPERIENCED,
                null));
        LocalDate today = LocalDate.now(clock);
        for (CommunityId community : communities) {
            admitMember.admit(new AdmitMemberCommand(
                    community,
                    educator,
                    EnumSet.of(Role.MEMBER, Role.COORDINATOR),
                    today,
                    today,
                    "демонстрационный режим",
                    null));
        }
        createAccount.create(new CreateAccountCommand(USERNAME, passwords.encode(PASSWORD), false, educator));
        LOG.info(
                "Demo: sign in as «{}» with the password «{}» — coordinator of {} demo communities",
                USERNAME,
                PASSWORD,
                communities.size());
    }
}
