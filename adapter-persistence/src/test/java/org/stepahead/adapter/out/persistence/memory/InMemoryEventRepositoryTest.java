package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.EventRepositoryContract;
import org.stepahead.application.port.out.Storage;

class InMemoryEventRepositoryTest extends EventRepositoryContract {

  @Override
  protected Storage openStorage() {
    return new InMemoryStorage();
  }
}
