package org.stepahead.application.port.in.account;

import java.util.List;
import org.stepahead.domain.account.AccountId;

/** Use case: an account's API tokens, without their values. */
public interface ListApiTokensUseCase {

    /** The account's tokens, each saying whether it is active now; an unknown account throws NotFound. */
    List<ApiTokenView> tokens(AccountId accountId);
}
