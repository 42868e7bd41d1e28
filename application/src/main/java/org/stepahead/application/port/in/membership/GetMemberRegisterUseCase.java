package org.stepahead.application.port.in.membership;

import org.stepahead.application.port.in.Page;

/** Use case: read the member register, sorted by surname in Russian alphabetical order. */
public interface GetMemberRegisterUseCase {

    /**
     * The requested page of the community's members that match the query; an invalid query throws
     * InvalidCommandException, an unknown community NotFound.
     */
    Page<MemberRegisterItem> register(MemberRegisterQuery query);
}
