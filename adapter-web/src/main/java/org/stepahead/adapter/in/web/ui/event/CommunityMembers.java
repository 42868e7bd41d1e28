package org.stepahead.adapter.in.web.ui.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.MembershipId;

/** A community's members by name, read page by page from the register: for attendance lists and forms. */
@Component
public class CommunityMembers {

    private static final int PAGE = 500;

    private final GetMemberRegisterUseCase memberRegister;

    public CommunityMembers(GetMemberRegisterUseCase memberRegister) {
        this.memberRegister = memberRegister;
    }

    /** The members (current ones, or also former ones), in the register's order. */
    public List<MemberRegisterItem> of(CommunityId community, boolean includeFormer) {
        List<MemberRegisterItem> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<MemberRegisterItem> found = memberRegister.register(
                    new MemberRegisterQuery(community, null, null, null, includeFormer, page, PAGE));
            all.addAll(found.items());
            if (found.items().size() < PAGE || all.size() >= found.total()) {
                return all;
            }
        }
    }

    /** The members on a day (joined on or before it, not left before it), in the register's order. */
    public List<MemberRegisterItem> on(CommunityId community, LocalDate day) {
        return memberRegister.membersOn(community, day);
    }

    /** Every member's name, former ones included, by membership. */
    public Map<MembershipId, String> names(CommunityId community) {
        Map<MembershipId, String> names = new LinkedHashMap<>();
        of(community, true).forEach(m -> names.put(m.membershipId(), m.fullName()));
        return names;
    }
}
