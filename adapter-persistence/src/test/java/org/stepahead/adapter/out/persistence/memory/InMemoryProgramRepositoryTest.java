package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.ProgramRepositoryContract;
import org.stepahead.application.port.out.Storage;

class InMemoryProgramRepositoryTest extends ProgramRepositoryContract {

  @Override
  protected Storage openStorage() {
    return new InMemoryStorage();
  }
}
