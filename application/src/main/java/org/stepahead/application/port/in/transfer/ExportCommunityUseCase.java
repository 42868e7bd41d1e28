package org.stepahead.application.port.in.transfer;

import org.stepahead.domain.community.CommunityId;

/**
 * Use case: a whole community as a {@link CommunityDocument}, read in one unit of work (a consistent view), with
 * generated keys ({@code o1}, {@code e1}, {@code m1}, {@code p1}, {@code p1s1} …) and schedules in canonical form.
 */
public interface ExportCommunityUseCase {

    /**
     * The community's document.
     *
     * @throws org.stepahead.domain.shared.NotFound when there is no such community
     */
    CommunityDocument export(CommunityId communityId);
}
