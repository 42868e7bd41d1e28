package org.stepahead.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.ApiToken;
import org.stepahead.domain.account.ApiTokenId;
import org.stepahead.domain.account.UserAccount;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.organization.Organization;

/** Port contract: what every store of user accounts does — case-insensitive usernames, tokens found by hash. */
public abstract class UserAccountRepositoryContract extends StorageContract {

    private static final Instant ISSUED = Instant.parse("2026-11-23T12:00:00.123Z");
    private static final String HASH = "0123456789abcdef".repeat(4);

    private UserAccount storedAccount(String username, boolean administrator) {
        UserAccount account =
                UserAccount.create(AccountId.random(), username, "$2a$10$" + username, administrator, null);
        inUnit(() -> storage.accounts().save(account));
        return storage.accounts().findById(account.getId()).orElseThrow();
    }

    @Test
    void givenAnAccountWithAnEducatorAndTokens_saved_readsBackEqualAtVersionOne() {
        Organization school = storedOrganization("Лицей № 2");
        Educator educator = storedEducator("Филатова", "Елена", null, school.getId(), ExperienceLevel.EXPERIENCED);
        UserAccount account = UserAccount.create(AccountId.random(), "Filatova", "$2a$10$xyz", false, educator.getId());
        ApiToken revoked = account.issueToken(ApiTokenId.random(), "старый", "f".repeat(64), ISSUED, null);
        account.issueToken(ApiTokenId.random(), "календарь", HASH, ISSUED, ISSUED.plusSeconds(86_400));
        account.revokeToken(revoked.id(), ISSUED.plusSeconds(60));

        long version = inUnit(() -> storage.accounts().save(account));
        reopen();

        UserAccount found = storage.accounts().findById(account.getId()).orElseThrow();
        assertThat(version).isEqualTo(1);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(account.snapshot());
    }

    @Test
    void givenAStoredAccount_findingByUsername_ignoresLetterCaseAndBlanks() {
        UserAccount account = storedAccount("Filatova", false);

        assertThat(storage.accounts().findByUsername(" FILATOVA "))
                .map(UserAccount::getId)
                .contains(account.getId());
        assertThat(storage.accounts().findByUsername("filatov")).isEmpty();
    }

    @Test
    void givenAStoredAccount_anotherOfTheSameUsernameInAnotherCase_isAConflict() {
        storedAccount("filatova", false);
        UserAccount twin = UserAccount.create(AccountId.random(), "FILATOVA", "$2a$10$other", false, null);

        assertThatThrownBy(() -> inUnit(() -> storage.accounts().save(twin)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage.accounts().findAll()).hasSize(1);
    }

    @Test
    void givenTokens_findingByTokenHash_findsTheirAccountOnly() {
        UserAccount owner = storedAccount("filatova", false);
        storedAccount("ivanova", false);
        owner.issueToken(ApiTokenId.random(), "скрипт", HASH, ISSUED, null);
        inUnit(() -> storage.accounts().save(owner));

        assertThat(storage.accounts().findByTokenHash(HASH))
                .map(UserAccount::getId)
                .contains(owner.getId());
        assertThat(storage.accounts().findByTokenHash("e".repeat(64))).isEmpty();
    }

    @Test
    void givenAStoredAccount_changedAndSavedFromAStaleVersion_isAConflict() {
        UserAccount account = storedAccount("filatova", false);
        UserAccount stale = storage.accounts().findById(account.getId()).orElseThrow();
        account.changePassword("$2a$10$new");
        inUnit(() -> storage.accounts().save(account));

        stale.disable();

        assertThatThrownBy(() -> inUnit(() -> storage.accounts().save(stale)))
                .isInstanceOf(ConcurrentUpdateException.class);
        UserAccount found = storage.accounts().findById(account.getId()).orElseThrow();
        assertThat(found.enabled()).isTrue();
        assertThat(found.passwordHash()).isEqualTo("$2a$10$new");
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void givenSeveralAccounts_findingAll_listsThemByFoldedUsername() {
        storedAccount("zeta", false);
        storedAccount("Alpha", true);
        storedAccount("beta", false);

        assertThat(storage.accounts().findAll())
                .extracting(UserAccount::username)
                .containsExactly("Alpha", "beta", "zeta");
    }

    @Test
    void givenAdministratorsEnabledAndNot_countEnabledAdministrators_countsTheEnabledOnes() {
        assertThat(storage.accounts().countEnabledAdministrators()).isZero();
        storedAccount("admin", true);
        UserAccount former = storedAccount("former", true);
        storedAccount("teacher", false);
        former.disable();
        inUnit(() -> storage.accounts().save(former));

        assertThat(storage.accounts().countEnabledAdministrators()).isEqualTo(1);
    }
}
