package org.stepahead.application.port.in.membership;

import org.stepahead.application.common.Page;
import org.stepahead.domain.membership.MembershipId;

/** Use case: read the member register, sorted by surname in Russian alphabetical order; and one membership. */
public interface GetMemberRegisterUseCase {

    Page<MemberRegisterItem> register(MemberRegisterQuery query);

    MembershipView membership(MembershipId id);
}
