package org.stepahead.adapter.out.persistence.jdbc;

import org.junit.jupiter.api.Nested;
import org.stepahead.adapter.out.persistence.contract.CommunityImportContract;
import org.stepahead.adapter.out.persistence.contract.CommunityRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.EducatorRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.EventRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.ImportedDocumentRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.MemberRegisterContract;
import org.stepahead.adapter.out.persistence.contract.MembershipRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.OrganizationRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.ProgramRepositoryContract;
import org.stepahead.adapter.out.persistence.contract.UnitOfWorkContract;
import org.stepahead.adapter.out.persistence.contract.UserAccountRepositoryContract;
import org.stepahead.adapter.out.persistence.seeds.SeedProgramsContract;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;

/**
 * Port contract test: the JDBC store against every contract and the five seeds; each subclass names the database.
 * Every nested test opens a fresh database of that kind (and reopens the same one where a contract asks).
 */
abstract class JdbcStoreContracts {

    /** The location of a fresh, empty database. */
    abstract String newLocation();

    @Nested
    class Organizations extends OrganizationRepositoryContract {
        private final String location = newLocation();

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
        private final String location = newLocation();

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
        private final String location = newLocation();

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
        private final String location = newLocation();

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
        private final String location = newLocation();

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
        private final String location = newLocation();

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
        private final String location = newLocation();

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
    class Accounts extends UserAccountRepositoryContract {
        private final String location = newLocation();

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
    class ImportedDocuments extends ImportedDocumentRepositoryContract {
        private final String location = newLocation();

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
        private final String location = newLocation();

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
        private final String location = newLocation();

        @Override
        protected Storage openStorage() {
            return StorageProvider.find(location);
        }
    }

    @Nested
    class Imports extends CommunityImportContract {
        private final String location = newLocation();

        @Override
        protected Storage openStorage() {
            return StorageProvider.find(location);
        }
    }
}
