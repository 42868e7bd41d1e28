package org.stepahead.adapter.out.persistence.jdbc;

import org.junit.jupiter.api.Nested;
import org.stepahead.adapter.out.persistence.contract.CommunityRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.EducatorRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.EventRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.MemberRegisterContract;
import org.stepahead.adapter.out.persistence.contract.MembershipRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.OrganizationRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.ProgramRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.UnitOfWorkContract;
import org.stepahead.adapter.out.persistence.seeds.SeedProgramsContract;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;

/** Port contract test: the JDBC store on H2 in a file under target/, against every contract and the five seeds. */
class H2FileStoreTest {

  @Nested
  class Organizations extends OrganizationRepositoryContract {
    private final String location = TestDatabases.h2FileLocation();

    @Override
    protected Storage openStorage() {
      return StorageProvider.find(location);
    }

    @Override
    protected Storage reopenStorage(Storage current) {
      current.close();
      return StorageProvider.find(location);
    }
  }

  @Nested
  class Educators extends EducatorRepositoryContract {
    private final String location = TestDatabases.h2FileLocation();

    @Override
    protected Storage openStorage() {
      return StorageProvider.find(location);
    }

    @Override
    protected Storage reopenStorage(Storage current) {
      current.close();
      return StorageProvider.find(location);
    }
  }

  @Nested
  class Communities extends CommunityRepositoryContract {
    private final String location = TestDatabases.h2FileLocation();

    @Override
    protected Storage openStorage() {
      return StorageProvider.find(location);
    }

    @Override
    protected Storage reopenStorage(Storage current) {
      current.close();
      return StorageProvider.find(location);
    }
  }

  @Nested
  class Memberships extends MembershipRepositoryContract {
    private final String location = TestDatabases.h2FileLocation();

    @Override
    protected Storage openStorage() {
      return StorageProvider.find(location);
    }

    @Override
    protected Storage reopenStorage(Storage current) {
      current.close();
      return StorageProvider.find(location);
    }
  }

  @Nested
  class MemberRegister extends MemberRegisterContract {
    private final String location = TestDatabases.h2FileLocation();

    @Override
    protected Storage openStorage() {
      return StorageProvider.find(location);
    }

    @Override
    protected Storage reopenStorage(Storage current) {
      current.close();
      return StorageProvider.find(location);
    }
  }

  @Nested
  class Programs extends ProgramRepositoryContract {
    private final String location = TestDatabases.h2FileLocation();

    @Override
    protected Storage openStorage() {
      return StorageProvider.find(location);
    }

    @Override
    protected Storage reopenStorage(Storage current) {
      current.close();
      return StorageProvider.find(location);
    }
  }

  @Nested
  class Events extends EventRepositoryContract {
    private final String location = TestDatabases.h2FileLocation();

    @Override
    protected Storage openStorage() {
      return StorageProvider.find(location);
    }

    @Override
    protected Storage reopenStorage(Storage current) {
      current.close();
      return StorageProvider.find(location);
    }
  }

  @Nested
  class UnitsOfWork extends UnitOfWorkContract {
    private final String location = TestDatabases.h2FileLocation();

    @Override
    protected Storage openStorage() {
      return StorageProvider.find(location);
    }

    @Override
    protected Storage reopenStorage(Storage current) {
      current.close();
      return StorageProvider.find(location);
    }
  }

  @Nested
  class Seeds extends SeedProgramsContract {
    private final String location = TestDatabases.h2FileLocation();

    @Override
    protected Storage openStorage() {
      return StorageProvider.find(location);
    }
  }
}
