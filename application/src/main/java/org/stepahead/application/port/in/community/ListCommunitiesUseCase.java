package org.stepahead.application.port.in.community;

import java.util.List;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.PageQuery;

/** Use case: list communities. */
public interface ListCommunitiesUseCase {

    /** Every community, by name in Russian alphabetical order. */
    List<CommunityView> list();

    /** A page of the communities, by name А to Я or Я to А. */
    Page<CommunityView> list(PageQuery query);
}
