package org.stepahead.application.port.in.membership;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.application.port.in.Page;
import org.stepahead.domain.community.CommunityId;

/** Use case: read the member register, sorted by surname in Russian alphabetical order. */
public interface GetMemberRegisterUseCase {

    /**
     * The requested page of the community's members that match the query; an invalid query throws
     * InvalidCommandException, an unknown community NotFound.
     */
    Page<MemberRegisterItem> register(MemberRegisterQuery query);

    /**
     * Everyone who was a member of the community on the day — joined on or before it and not left before it — by
     * name: whose attendance of that day's event can be recorded. An unknown community throws NotFound.
     */
    List<MemberRegisterItem> membersOn(CommunityId communityId, LocalDate day);
}
