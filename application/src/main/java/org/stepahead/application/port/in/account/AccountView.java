package org.stepahead.application.port.in.account;

import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.educator.EducatorId;

/** Read model: an account, without its password hash or tokens. */
public record AccountView(
        AccountId id, long version, String username, boolean administrator, EducatorId educatorId, boolean enabled) {}
