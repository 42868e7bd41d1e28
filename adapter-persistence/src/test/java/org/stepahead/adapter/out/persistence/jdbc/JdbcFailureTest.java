package org.stepahead.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageUnreachableException;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;

class JdbcFailureTest {

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("H2", (Supplier<Storage>) TestDatabases::h2InMemory),
                Arguments.of("PostgreSQL", (Supplier<Storage>) TestDatabases::embeddedPostgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void givenAConstraintViolationLateInAUnitOfWork_whenItFails_thenNothingOfTheUnitIsKept(
            String name, Supplier<Storage> database) {
        try (Storage storage = database.get()) {
            Organization school = JdbcFixtures.school("Школа");
            Educator orphan = JdbcFixtures.educator(OrganizationId.random(), "Петров");

            assertThatThrownBy(() -> storage.unitOfWork().run(() -> {
                        storage.organizations().save(school);
                        storage.educators().save(orphan);
                    }))
                    .isInstanceOf(RuntimeException.class);

            assertThat(storage.organizations().findById(school.getId())).isEmpty();
            assertThat(storage.educators().findById(orphan.getId())).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void givenTheConnectionDropsInsideAUnitOfWork_whenItFails_thenItIsReportedAndNothingIsKept(
            String name, Supplier<Storage> database) {
        try (Storage storage = database.get()) {
            JdbcStorage jdbc = (JdbcStorage) storage;
            Organization first = JdbcFixtures.school("Первая школа");
            Organization second = JdbcFixtures.school("Вторая школа");

            assertThatThrownBy(() -> storage.unitOfWork().run(() -> {
                        storage.organizations().save(first);
                        try {
                            jdbc.currentConnection()
                                    .unwrap(java.sql.Connection.class)
                                    .close();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                        storage.organizations().save(second);
                    }))
                    .isInstanceOf(StorageUnreachableException.class);

            assertThat(storage.organizations().findAll()).isEmpty();
            storage.unitOfWork().run(() -> storage.organizations().save(second));
            assertThat(storage.organizations().findAll())
                    .extracting(Organization::name)
                    .containsExactly("Вторая школа");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void givenADatabaseThatCannotBeReached_probedInAUnitOfWork_isReportedUnavailable(
            String name, Supplier<Storage> database) {
        Storage storage = database.get();
        storage.close();

        assertThatThrownBy(() -> storage.unitOfWork().run(storage::probe))
                .isInstanceOf(StorageUnreachableException.class);
    }
}
