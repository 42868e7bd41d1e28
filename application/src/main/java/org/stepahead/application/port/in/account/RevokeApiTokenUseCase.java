package org.stepahead.application.port.in.account;

import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.ApiTokenId;

/** Incoming port: revoke one of an account's API tokens. */
public interface RevokeApiTokenUseCase {

    void revoke(AccountId accountId, ApiTokenId tokenId);
}
