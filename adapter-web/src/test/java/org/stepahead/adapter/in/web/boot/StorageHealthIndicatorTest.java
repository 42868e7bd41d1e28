package org.stepahead.adapter.in.web.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.application.port.in.health.CheckStorageUseCase;

class StorageHealthIndicatorTest {

    private final CheckStorageUseCase check = mock(CheckStorageUseCase.class);
    private final StorageHealthIndicator indicator = new StorageHealthIndicator(check);

    @Test
    void aStorageThatAnswersIsUpAndNamed() {
        when(check.check()).thenReturn("H2 file /srv/stepahead");

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("storage", "H2 file /srv/stepahead");
    }

    @Test
    void aStorageThatDoesNotAnswerIsDownWithoutItsMessage() {
        when(check.check()).thenThrow(new StorageUnavailableException("jdbc:postgresql://db:5432 password=secret"));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", "StorageUnavailableException");
        assertThat(health.getDetails().toString()).doesNotContain("secret");
    }
}
