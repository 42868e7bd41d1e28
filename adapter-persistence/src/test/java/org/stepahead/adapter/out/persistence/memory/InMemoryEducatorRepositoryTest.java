package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.EducatorRepositoryContract;
import org.stepahead.application.port.out.Storage;

class InMemoryEducatorRepositoryTest extends EducatorRepositoryContract {

  @Override
  protected Storage openStorage() {
    return new InMemoryStorage();
  }
}
