package org.stepahead.application.port.in.account;

import java.util.List;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.ApiTokenId;

/** Incoming port: an account's API tokens — issue one (its value is returned once), list them, revoke one. */
public interface IssueApiTokenUseCase {

    IssuedApiToken issue(IssueApiTokenCommand command);

    List<ApiTokenView> tokens(AccountId accountId);

    void revoke(AccountId accountId, ApiTokenId tokenId);
}
