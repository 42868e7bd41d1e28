package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.in.organization.GetOrganizationUseCase;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.NotFound;

class CommandFactoryTest {

    /** A command as the factory sees one: use cases in its only constructor. */
    static final class Probe {
        final GetOrganizationUseCase getOrganization;
        final ListOrganizationsUseCase listOrganizations;

        Probe(GetOrganizationUseCase getOrganization, ListOrganizationsUseCase listOrganizations) {
            this.getOrganization = getOrganization;
            this.listOrganizations = listOrganizations;
        }
    }

    /** A class with no use cases, created the way picocli's default factory does. */
    static final class Plain {}

    /** A constructor parameter that is not a use case. */
    static final class NotACommand {
        NotACommand(String text) {}
    }

    private final Storage storage = StorageProvider.find("memory:");
    private final AtomicInteger assemblies = new AtomicInteger();
    private final StepAheadCli.CommandFactory factory = new StepAheadCli.CommandFactory(() -> {
        assemblies.incrementAndGet();
        return StepAhead.create(storage, Cli.CLOCK);
    });

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    @Test
    void givenACommandTakingUseCases_create_assemblesNothingUntilAUseCaseIsCalled() throws Exception {
        Probe probe = factory.create(Probe.class);

        assertThat(probe.getOrganization).isNotNull();
        assertThat(probe.getOrganization.toString()).contains("GetOrganizationUseCase");
        assertThat(assemblies).hasValue(0);

        assertThat(probe.listOrganizations.list()).isEmpty();
        assertThat(assemblies).hasValue(1);
    }

    @Test
    void givenAUseCaseThatRefuses_call_throwsItsOwnExceptionUnwrapped() throws Exception {
        Probe probe = factory.create(Probe.class);

        assertThatThrownBy(() -> probe.getOrganization.get(OrganizationId.random()))
                .isExactlyInstanceOf(NotFound.class);
    }

    @Test
    void givenTwoCommandsOfOnePort_create_givesBothTheSameStandIn() throws Exception {
        assertThat(factory.create(Probe.class).getOrganization).isSameAs(factory.create(Probe.class).getOrganization);
    }

    @Test
    void givenAClassWithoutUseCases_create_makesItWithTheDefaultFactory() throws Exception {
        assertThat(factory.create(Plain.class)).isInstanceOf(Plain.class);
        assertThat(assemblies).hasValue(0);
    }

    @Test
    void givenAConstructorParameterThatIsNoUseCase_create_refusesIt() {
        assertThatThrownBy(() -> factory.create(NotACommand.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String is not a use case");
    }
}
