package org.stepahead.adapter.in.web.boot;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;

/**
 * Wiring: opens the storage named by {@code stepahead.storage} (the embedded H2 file by default), builds every use
 * case with {@link StepAhead#create} and offers each incoming port as a bean of that type ({@link UseCaseBeans}).
 * Nothing else creates use cases.
 */
@Configuration(proxyBeanMethods = false)
@Import(UseCaseBeans.class)
public class UseCaseConfiguration {

    /** The storage, taken from {@link StorageOpening} when the service was started by its main method. */
    @Bean(destroyMethod = "close")
    Storage storage(Environment environment, ObjectProvider<StorageOpening> opening) {
        String location = StorageOpening.location(environment);
        StorageOpening early = opening.getIfAvailable();
        return early == null ? StorageProvider.find(location) : early.take(location);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    StepAhead stepAhead(Storage storage, Clock clock) {
        return StepAhead.create(storage, clock);
    }
}
