package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.MemberRegisterContract;
import org.stepahead.application.port.out.Storage;

class InMemoryMemberRegisterTest extends MemberRegisterContract {

  @Override
  protected Storage openStorage() {
    return new InMemoryStorage();
  }
}
