package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.CommunityRepositoryContract;
import org.stepahead.application.port.out.Storage;

class InMemoryCommunityRepositoryTest extends CommunityRepositoryContract {

  @Override
  protected Storage openStorage() {
    return new InMemoryStorage();
  }
}
