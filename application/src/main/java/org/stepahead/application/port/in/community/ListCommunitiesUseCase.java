package org.stepahead.application.port.in.community;

import java.util.List;
import org.stepahead.application.common.Page;
import org.stepahead.application.common.PageQuery;

/** Use case: list communities. */
public interface ListCommunitiesUseCase {

    /** Every community, by name in Russian alphabetical order. */
    List<CommunityView> list();

    /** A page of the communities, by name А to Я or Я to А. */
    Page<CommunityView> list(PageQuery query);
}
