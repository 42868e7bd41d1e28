package org.stepahead.application.port.in.account;

import java.util.List;
import org.stepahead.domain.account.AccountId;

/** Incoming port: an account's API tokens, without their values. */
public interface ListApiTokensUseCase {

    List<ApiTokenView> tokens(AccountId accountId);
}
