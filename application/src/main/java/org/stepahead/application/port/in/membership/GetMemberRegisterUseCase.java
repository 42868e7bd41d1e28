package org.stepahead.application.port.in.membership;

import org.stepahead.application.port.in.Page;

/** Use case: read the member register, sorted by surname in Russian alphabetical order. */
public interface GetMemberRegisterUseCase {

    Page<MemberRegisterItem> register(MemberRegisterQuery query);
}
