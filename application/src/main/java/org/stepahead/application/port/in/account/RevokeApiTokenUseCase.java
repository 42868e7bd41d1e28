package org.stepahead.application.port.in.account;

import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.ApiTokenId;

/** Use case: revoke one of an account's API tokens. */
public interface RevokeApiTokenUseCase {

    /**
     * Revokes the token now; an unknown account or token throws NotFound, a token already revoked DomainRuleViolation.
     */
    void revoke(AccountId accountId, ApiTokenId tokenId);
}
