package org.stepahead.adapter.out.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.stepahead.adapter.out.persistence.contract.TestData;
import org.stepahead.adapter.out.persistence.contract.UnitOfWorkContract;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.Storage;
import org.stepahead.domain.organization.Organization;

/** Port contract test: the in-memory store against {@link UnitOfWorkContract}. */
class InMemoryUnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected Storage openStorage() {
        return new InMemoryStorage();
    }

    @Test
    void givenPendingSave_anotherThreadCommitsFirst_theCommitIsAConflictAndKeepsNothing() {
        Organization stored = TestData.organization("Лицей № 2");
        storage.unitOfWork().run(() -> storage.organizations().save(stored));
        Organization newOne = TestData.organization("Новая школа");

        assertThatThrownBy(() -> storage.unitOfWork().run(() -> {
                    Organization mine =
                            storage.organizations().findById(stored.getId()).orElseThrow();
                    mine.rename("Этот поток", null);
                    storage.organizations().save(mine);
                    storage.organizations().save(newOne);
                    CompletableFuture.runAsync(() -> storage.unitOfWork().run(() -> {
                                Organization theirs = storage.organizations()
                                        .findById(stored.getId())
                                        .orElseThrow();
                                theirs.rename("Другой поток", null);
                                storage.organizations().save(theirs);
                            }))
                            .join();
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(storage.organizations()
                        .findById(stored.getId())
                        .orElseThrow()
                        .name())
                .isEqualTo("Другой поток");
        assertThat(storage.organizations().findById(newOne.getId())).isEmpty();
    }
}
