package org.stepahead.application.port.in.community;

import java.util.List;
import org.stepahead.domain.community.CommunityId;

/** Use case: look up communities. */
public interface GetCommunityUseCase {

  CommunityView get(CommunityId id);

  /** Every community, by name in Russian alphabetical order. */
  List<CommunityView> list();
}
