package org.stepahead.application.service.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageUnreachableException;
import org.stepahead.application.port.out.UnitOfWork;
import org.stepahead.application.service.UseCaseRunner;

class CheckStorageServiceTest {

    private final Storage storage = mock(Storage.class);
    private boolean insideUnitOfWork;
    private boolean probedInside;
    private final UnitOfWork unitOfWork = new UnitOfWork() {
        @Override
        public <T> T execute(Supplier<T> work) {
            insideUnitOfWork = true;
            try {
                return work.get();
            } finally {
                insideUnitOfWork = false;
            }
        }
    };
    private final CheckStorageService check =
            new CheckStorageService(new UseCaseRunner(unitOfWork, DomainEventPublisher.none()), storage);

    @Test
    void aStorageThatAnswersIsNamed() {
        when(storage.description()).thenReturn("H2 file /srv/stepahead");

        assertThat(check.check()).isEqualTo("H2 file /srv/stepahead");
        verify(storage).probe();
        verify(storage).description();
        verifyNoMoreInteractions(storage);
    }

    @Test
    void theProbeRunsInsideAUnitOfWorkWhereALostConnectionReadsAsUnavailable() {
        doAnswer(invocation -> {
                    probedInside = insideUnitOfWork;
                    return null;
                })
                .when(storage)
                .probe();

        check.check();

        assertThat(probedInside).isTrue();
    }

    @Test
    void aStorageThatDoesNotAnswerIsReportedAsUnavailable() {
        doThrow(new StorageUnreachableException("The database cannot be reached: connection refused"))
                .when(storage)
                .probe();

        assertThatThrownBy(check::check)
                .isInstanceOf(StorageUnavailableException.class)
                .hasMessageContaining("connection refused");
    }
}
