package org.stepahead.adapter.in.web.boot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.stepahead.application.port.in.health.CheckStorageUseCase;

/**
 * Health of the storage: up when its probe answers — one trivial round trip, the same cost however much is stored,
 * so a load balancer may ask often. The detail (for administrators) names the storage.
 */
@Component("storageHealthIndicator")
class StorageHealthIndicator implements HealthIndicator {

    private final CheckStorageUseCase storage;

    StorageHealthIndicator(CheckStorageUseCase storage) {
        this.storage = storage;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("storage", storage.check()).build();
        } catch (RuntimeException e) {
            return Health.down()
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
