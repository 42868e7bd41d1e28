package org.stepahead.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.net.Socket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stepahead.adapter.in.cli.ArchFixtureCliContext;
import org.stepahead.adapter.in.cli.ArchFixtureMain;
import org.stepahead.adapter.in.cli.ArchFixtureMainBuildingAService;
import org.stepahead.adapter.in.cli.archfixture.CliCommandUsingAnOutgoingPort;
import org.stepahead.adapter.in.cli.archfixture.CliCommandUsingTheEntryPoint;
import org.stepahead.adapter.in.cli.archfixture.CliCommandUsingTheWebAdapter;
import org.stepahead.adapter.in.cli.archfixture.RegisterThingCliCommand;
import org.stepahead.adapter.in.web.archfixture.ControllerCallingAService;
import org.stepahead.adapter.in.web.archfixture.ControllerUsingACliCommand;
import org.stepahead.adapter.in.web.archfixture.ControllerUsingAnOutgoingPort;
import org.stepahead.adapter.in.web.archfixture.ControllerUsingTheCalendarWriter;
import org.stepahead.adapter.in.web.archfixture.ControllerUsingTheEntryPoint;
import org.stepahead.adapter.in.web.archfixture.ControllerUsingThePersistenceAdapter;
import org.stepahead.adapter.in.web.archfixture.ControllerWritingICalendarItself;
import org.stepahead.adapter.in.web.archfixture.RegisterThingAndCountController;
import org.stepahead.adapter.in.web.archfixture.RegisterThingController;
import org.stepahead.adapter.in.web.archfixture.ThingController;
import org.stepahead.adapter.in.web.boot.archfixture.WebConfigurationBuildingAService;
import org.stepahead.adapter.in.web.boot.archfixture.WebConfigurationOpeningTheStorage;
import org.stepahead.adapter.out.calendar.archfixture.CalendarWriterCallingAUseCase;
import org.stepahead.adapter.out.calendar.archfixture.CalendarWriterUsingTheStorage;
import org.stepahead.adapter.out.calendar.archfixture.IcsThingWriter;
import org.stepahead.adapter.out.persistence.archfixture.InMemoryThingStore;
import org.stepahead.adapter.out.persistence.archfixture.StoreUsingAUseCase;
import org.stepahead.adapter.out.persistence.archfixture.StoreUsingTheWebAdapter;
import org.stepahead.application.ArchFixtureEntryPoint;
import org.stepahead.application.archfixture.ApplicationClassUsingAnAdapter;
import org.stepahead.application.archfixture.ApplicationClassUsingJdbc;
import org.stepahead.application.archfixture.ApplicationClassUsingTheDomain;
import org.stepahead.application.archfixture.ThingRow;
import org.stepahead.application.port.in.archfixture.CommandCarryingAnOutgoingPort;
import org.stepahead.application.port.in.archfixture.CountThingsUseCase;
import org.stepahead.application.port.in.archfixture.PositiveCount;
import org.stepahead.application.port.in.archfixture.QueryNamingAService;
import org.stepahead.application.port.in.archfixture.RegisterThingCommand;
import org.stepahead.application.port.in.archfixture.RegisterThingUseCase;
import org.stepahead.application.port.in.archfixture.ThingRegistration;
import org.stepahead.application.port.out.archfixture.RepositoryTakingACommand;
import org.stepahead.application.port.out.archfixture.ThingRepository;
import org.stepahead.application.service.archfixture.CyclicThingParser;
import org.stepahead.application.service.archfixture.CyclicThingPrinter;
import org.stepahead.application.service.archfixture.RegisterThingService;
import org.stepahead.application.service.archfixture.ThingLookupUsingTheEntryPoint;
import org.stepahead.application.service.archfixture.ThingRegistrar;
import org.stepahead.application.service.archfixture.ThingService;
import org.stepahead.domain.archfixture.allowlist.ConformingDomainValue;
import org.stepahead.domain.archfixture.allowlist.DomainClassOpeningASocket;
import org.stepahead.domain.archfixture.allowlist.DomainClassOpeningAStream;
import org.stepahead.domain.archfixture.allowlist.DomainClassReadingAFile;
import org.stepahead.domain.archfixture.allowlist.DomainClassUsingATestLibrary;
import org.stepahead.domain.archfixture.allowlist.DomainClassUsingAnAdapter;
import org.stepahead.domain.archfixture.allowlist.DomainClassUsingJdbc;
import org.stepahead.domain.archfixture.clock.DomainClassCallingClockSystemUtc;
import org.stepahead.domain.archfixture.clock.DomainClassCallingCurrentTimeMillis;
import org.stepahead.domain.archfixture.clock.DomainClassCallingInstantNowWithAClock;
import org.stepahead.domain.archfixture.clock.DomainClassCallingLocalDateNow;
import org.stepahead.domain.archfixture.clock.DomainClassReferencingLocalDateNow;
import org.stepahead.domain.archfixture.clock.DomainClassTakingTimeAsAParameter;
import org.stepahead.domain.archfixture.ddd.Customer;
import org.stepahead.domain.archfixture.ddd.CustomerId;
import org.stepahead.domain.archfixture.ddd.OrderHoldingTheCustomerAggregate;
import org.stepahead.domain.archfixture.ddd.OrderId;
import org.stepahead.domain.archfixture.ddd.OrderReferencingCustomerById;
import org.stepahead.domain.archfixture.presentation.DomainClassFormattingAMessage;
import org.stepahead.domain.archfixture.presentation.DomainClassLoadingABundle;

class ArchitectureRulesTest {

    private static JavaClasses importOnly(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertReported(ArchRule rule, Class<?>... classes) {
        return assertThatThrownBy(() -> rule.check(importOnly(classes)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated")
                .hasMessageContaining(classes[classes.length - 1].getSimpleName());
    }

    private static void assertPasses(ArchRule rule, Class<?>... classes) {
        assertThatCode(() -> rule.check(importOnly(classes))).doesNotThrowAnyException();
    }

    @Test
    void givenNoClassMatchesTheSubject_check_failsInsteadOfPassingSilently() {
        assertThatThrownBy(() ->
                        ArchitectureRules.DOMAIN_READS_NO_WALL_CLOCK.check(importOnly(RegisterThingController.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void givenAModuleWithoutClassesOfTheLayer_layerGroup_fails() {
        assertThatThrownBy(() -> ArchitectureRules.PERSISTENCE_ADAPTER.check(importOnly(ConformingDomainValue.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Nested
    class DomainAllowList {

        private final ArchRule rule = ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_JMOLECULES_AND_ITSELF;

        @Test
        void givenJavaJMoleculesSerializableAndUncheckedIoException_check_passes() {
            assertPasses(rule, ConformingDomainValue.class, DomainClassTakingTimeAsAParameter.class);
        }

        @Test
        void givenADomainClassNamingAnAdapter_check_reportsIt() {
            assertReported(rule, DomainClassUsingAnAdapter.class)
                    .hasMessageContaining(InMemoryThingStore.class.getName());
        }

        @Test
        void givenADomainClassUsingALibrary_check_reportsIt() {
            assertReported(rule, DomainClassUsingATestLibrary.class)
                    .hasMessageContaining("org.assertj.core.api.Assertions");
        }

        @Test
        void givenADomainClassUsingJdbc_check_reportsIt() {
            assertReported(rule, DomainClassUsingJdbc.class).hasMessageContaining(Timestamp.class.getName());
        }

        @Test
        void givenADomainClassReadingAFile_check_reportsIt() {
            assertReported(rule, DomainClassReadingAFile.class).hasMessageContaining(Files.class.getName());
        }

        @Test
        void givenADomainClassOpeningAFileStream_check_reportsIt() {
            assertReported(rule, DomainClassOpeningAStream.class).hasMessageContaining("java.io.FileInputStream");
        }

        @Test
        void givenADomainClassOpeningASocket_check_reportsIt() {
            assertReported(rule, DomainClassOpeningASocket.class).hasMessageContaining(Socket.class.getName());
        }
    }

    @Nested
    class DomainWallClock {

        private final ArchRule rule = ArchitectureRules.DOMAIN_READS_NO_WALL_CLOCK;

        @Test
        void givenTimeComesAsAParameterOrClock_check_passes() {
            assertPasses(rule, DomainClassTakingTimeAsAParameter.class, ConformingDomainValue.class);
        }

        @Test
        void givenLocalDateNow_check_reportsIt() {
            assertReported(rule, DomainClassCallingLocalDateNow.class)
                    .hasMessageContaining(LocalDate.class.getName() + ".now()");
        }

        @Test
        void givenNowWithAClockArgument_check_reportsIt() {
            assertReported(rule, DomainClassCallingInstantNowWithAClock.class)
                    .hasMessageContaining(Instant.class.getName() + ".now(");
        }

        @Test
        void givenClockSystemUtc_check_reportsIt() {
            assertReported(rule, DomainClassCallingClockSystemUtc.class)
                    .hasMessageContaining(Clock.class.getName() + ".systemUTC()");
        }

        @Test
        void givenSystemCurrentTimeMillis_check_reportsIt() {
            assertReported(rule, DomainClassCallingCurrentTimeMillis.class)
                    .hasMessageContaining("java.lang.System.currentTimeMillis()");
        }

        @Test
        void givenAMethodReferenceToNow_check_reportsIt() {
            assertReported(rule, DomainClassReferencingLocalDateNow.class)
                    .hasMessageContaining(LocalDate.class.getName() + ".now()");
        }
    }

    @Nested
    class DomainPresentation {

        private final ArchRule rule = ArchitectureRules.DOMAIN_WRITES_NO_TEXT_FOR_PEOPLE;

        @Test
        void givenCodesAndArgumentsOnly_check_passes() {
            assertPasses(rule, ConformingDomainValue.class, DomainClassTakingTimeAsAParameter.class);
        }

        @Test
        void givenADomainClassLoadingAResourceBundle_check_reportsIt() {
            assertReported(rule, DomainClassLoadingABundle.class).hasMessageContaining("java.util.ResourceBundle");
        }

        @Test
        void givenADomainClassFormattingAMessage_check_reportsIt() {
            assertReported(rule, DomainClassFormattingAMessage.class).hasMessageContaining("java.text.MessageFormat");
        }
    }

    @Nested
    class DomainDddRules {

        private final ArchRule rule = ArchitectureRules.DOMAIN_FOLLOWS_JMOLECULES_DDD_RULES;

        @Test
        void givenAggregatesReferencedById_check_passes() {
            assertPasses(rule, OrderReferencingCustomerById.class, Customer.class, CustomerId.class, OrderId.class);
        }

        @Test
        void givenAnAggregateHoldingAnotherAggregate_check_reportsIt() {
            assertReported(
                            rule,
                            Customer.class,
                            CustomerId.class,
                            OrderId.class,
                            OrderHoldingTheCustomerAggregate.class)
                    .hasMessageContaining("OrderHoldingTheCustomerAggregate.customer refers to an aggregate root");
        }
    }

    @Nested
    class ApplicationAllowList {

        private final ArchRule rule =
                ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_JAVA_JMOLECULES_AND_VALIDATION;

        @Test
        void givenApplicationClassesUsingDomainPortsAndServices_check_passes() {
            assertPasses(
                    rule,
                    ApplicationClassUsingTheDomain.class,
                    RegisterThingService.class,
                    RegisterThingUseCase.class,
                    ArchFixtureEntryPoint.class,
                    ThingRepository.class);
        }

        @Test
        void givenAnApplicationClassNamingAnAdapter_check_reportsIt() {
            assertReported(rule, ApplicationClassUsingAnAdapter.class)
                    .hasMessageContaining(InMemoryThingStore.class.getName());
        }

        @Test
        void givenAnApplicationClassUsingJdbc_noJdbcRule_reportsIt() {
            assertReported(ArchitectureRules.APPLICATION_USES_NO_JDBC, ApplicationClassUsingJdbc.class)
                    .hasMessageContaining(Connection.class.getName());
        }

        @Test
        void givenApplicationClassesWithoutJdbc_noJdbcRule_passes() {
            assertPasses(ArchitectureRules.APPLICATION_USES_NO_JDBC, ApplicationClassUsingTheDomain.class);
        }
    }

    @Nested
    class Ports {

        @Test
        void givenIndependentPorts_portRules_pass() {
            Class<?>[] ports = {RegisterThingUseCase.class, RegisterThingCommand.class, ThingRepository.class};
            assertPasses(ArchitectureRules.INCOMING_PORTS_DO_NOT_DEPEND_ON_OUTGOING_PORTS, ports);
            assertPasses(ArchitectureRules.OUTGOING_PORTS_DO_NOT_DEPEND_ON_INCOMING_PORTS, ports);
            assertPasses(ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES, ports);
        }

        @Test
        void givenAnIncomingPortNamingAnOutgoingPort_check_reportsIt() {
            assertReported(
                            ArchitectureRules.INCOMING_PORTS_DO_NOT_DEPEND_ON_OUTGOING_PORTS,
                            CommandCarryingAnOutgoingPort.class)
                    .hasMessageContaining(ThingRepository.class.getName());
        }

        @Test
        void givenAnOutgoingPortNamingAnIncomingPortCommand_check_reportsIt() {
            assertReported(
                            ArchitectureRules.OUTGOING_PORTS_DO_NOT_DEPEND_ON_INCOMING_PORTS,
                            RepositoryTakingACommand.class)
                    .hasMessageContaining(RegisterThingCommand.class.getName());
        }

        @Test
        void givenAPortNamingAService_check_reportsIt() {
            assertReported(ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES, QueryNamingAService.class)
                    .hasMessageContaining(RegisterThingService.class.getName());
        }

        @Test
        void givenUseCaseInterfacesAndAnnotations_namingRule_passes() {
            assertPasses(
                    ArchitectureRules.INCOMING_PORT_INTERFACES_ARE_USE_CASES,
                    RegisterThingUseCase.class,
                    PositiveCount.class,
                    RegisterThingCommand.class);
        }

        @Test
        void givenAnIncomingPortInterfaceNotEndingWithUseCase_namingRule_reportsIt() {
            assertReported(ArchitectureRules.INCOMING_PORT_INTERFACES_ARE_USE_CASES, ThingRegistration.class);
        }
    }

    @Nested
    class Services {

        private final ArchRule rule = ArchitectureRules.ONLY_WIRING_DEPENDS_ON_SERVICES;

        @Test
        void givenServicesUsingEachOtherAndTheApplicationEntryPoint_check_passes() {
            assertPasses(
                    rule,
                    RegisterThingService.class,
                    ArchFixtureEntryPoint.class,
                    RegisterThingController.class,
                    WebConfigurationOpeningTheStorage.class,
                    ArchFixtureMain.class);
        }

        @Test
        void givenAControllerCallingAService_check_reportsIt() {
            assertReported(rule, ControllerCallingAService.class)
                    .hasMessageContaining(RegisterThingService.class.getName());
        }

        @Test
        void givenWebWiringBuildingAServiceItself_check_reportsIt() {
            assertReported(rule, WebConfigurationBuildingAService.class)
                    .hasMessageContaining(RegisterThingService.class.getName());
        }

        @Test
        void givenTheCliMainBuildingAServiceItself_check_reportsIt() {
            assertReported(rule, ArchFixtureMainBuildingAService.class)
                    .hasMessageContaining(RegisterThingService.class.getName());
        }
    }

    @Nested
    class EntryPoint {

        private final ArchRule rule = ArchitectureRules.ONLY_COMPOSITION_DEPENDS_ON_THE_ENTRY_POINT;

        @Test
        void givenOnlyWebWiringAndTheCliMainUsingTheEntryPoint_check_passes() {
            assertPasses(
                    rule,
                    RegisterThingService.class,
                    ArchFixtureEntryPoint.class,
                    RegisterThingController.class,
                    WebConfigurationOpeningTheStorage.class,
                    ArchFixtureMain.class);
        }

        @Test
        void givenAControllerTakingItsUseCaseFromTheEntryPoint_check_reportsIt() {
            assertReported(rule, ControllerUsingTheEntryPoint.class)
                    .hasMessageContaining(ArchFixtureEntryPoint.class.getName());
        }

        @Test
        void givenACliCommandTakingItsUseCaseFromTheEntryPoint_check_reportsIt() {
            assertReported(rule, CliCommandUsingTheEntryPoint.class)
                    .hasMessageContaining(ArchFixtureEntryPoint.class.getName());
        }

        @Test
        void givenACliContextBesideTheMainHandingOutUseCasesFromTheEntryPoint_check_reportsIt() {
            assertReported(rule, ArchFixtureMain.class, ArchFixtureCliContext.class)
                    .hasMessageContaining(ArchFixtureCliContext.class.getName())
                    .hasMessageContaining(ArchFixtureEntryPoint.class.getName())
                    .hasMessageNotContaining(ArchFixtureMain.class.getName() + ".");
        }

        @Test
        void givenServiceCodeReachingTheEntryPoint_serviceRule_reportsIt() {
            assertReported(ArchitectureRules.SERVICES_DO_NOT_KNOW_THE_ENTRY_POINT, ThingLookupUsingTheEntryPoint.class)
                    .hasMessageContaining(ArchFixtureEntryPoint.class.getName());
        }

        @Test
        void givenServicesGivenTheirPortsByConstructor_serviceRule_passes() {
            assertPasses(ArchitectureRules.SERVICES_DO_NOT_KNOW_THE_ENTRY_POINT, RegisterThingService.class);
        }
    }

    @Nested
    class OneServicePerUseCase {

        private final ArchRule rule = ArchitectureRules.EACH_SERVICE_IMPLEMENTS_ONE_USE_CASE_NAMED_AFTER_IT;

        @Test
        void givenAServiceNamedAfterItsOneUseCase_check_passes() {
            assertPasses(rule, RegisterThingService.class, RegisterThingUseCase.class);
        }

        @Test
        void givenAServiceImplementingTwoUseCases_check_reportsIt() {
            assertReported(rule, RegisterThingUseCase.class, CountThingsUseCase.class, ThingService.class)
                    .hasMessageContaining("implements 2 use cases");
        }

        @Test
        void givenAServiceNotNamedAfterItsUseCase_check_reportsIt() {
            assertReported(rule, RegisterThingUseCase.class, ThingRegistrar.class)
                    .hasMessageContaining("is not named RegisterThingService");
        }
    }

    @Nested
    class ApplicationCycles {

        private final ArchRule rule = ArchitectureRules.APPLICATION_CLASSES_ARE_FREE_OF_CYCLES;

        @Test
        void givenAServiceUsingPortsAndAHelper_check_passes() {
            assertPasses(
                    rule,
                    ArchFixtureEntryPoint.class,
                    RegisterThingService.class,
                    RegisterThingUseCase.class,
                    RegisterThingCommand.class,
                    ThingRepository.class);
        }

        @Test
        void givenTwoHelpersCallingEachOther_check_reportsIt() {
            assertThatThrownBy(() -> rule.check(importOnly(CyclicThingParser.class, CyclicThingPrinter.class)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Cycle detected")
                    .hasMessageContaining(CyclicThingParser.class.getName())
                    .hasMessageContaining(CyclicThingPrinter.class.getName());
        }
    }

    @Nested
    class Rows {

        private final ArchRule rule = ArchitectureRules.ROWS_LIVE_ONLY_IN_THE_PERSISTENCE_ADAPTER;

        @Test
        void givenNoRowOutsideThePersistenceAdapter_check_passes() {
            assertPasses(
                    rule,
                    ApplicationClassUsingTheDomain.class,
                    org.stepahead.adapter.out.persistence.archfixture.ThingRow.class);
        }

        @Test
        void givenARowRecordOutsideThePersistenceAdapter_check_reportsIt() {
            assertReported(rule, ThingRow.class);
        }
    }

    @Nested
    class WebAdapter {

        @Test
        void givenAControllerCallingAUseCaseAndWiringOpeningTheStorage_webRules_pass() {
            Class<?>[] web = {RegisterThingController.class, WebConfigurationOpeningTheStorage.class};
            assertPasses(ArchitectureRules.WEB_ADAPTER_NAMES_NO_OTHER_ADAPTER, web);
            assertPasses(ArchitectureRules.CONTROLLERS_CALL_INCOMING_PORTS_ONLY, web);
            assertPasses(ArchitectureRules.WEB_ADAPTER, web);
        }

        @Test
        void givenAControllerNamingThePersistenceAdapter_check_reportsIt() {
            assertReported(
                            ArchitectureRules.WEB_ADAPTER_NAMES_NO_OTHER_ADAPTER,
                            ControllerUsingThePersistenceAdapter.class)
                    .hasMessageContaining(InMemoryThingStore.class.getName());
        }

        @Test
        void givenAControllerNamingACliCommand_check_reportsIt() {
            assertReported(ArchitectureRules.WEB_ADAPTER_NAMES_NO_OTHER_ADAPTER, ControllerUsingACliCommand.class)
                    .hasMessageContaining(RegisterThingCliCommand.class.getName());
        }

        @Test
        void givenAControllerUsingAnOutgoingPort_check_reportsIt() {
            assertReported(ArchitectureRules.CONTROLLERS_CALL_INCOMING_PORTS_ONLY, ControllerUsingAnOutgoingPort.class)
                    .hasMessageContaining(ThingRepository.class.getName());
        }

        @Test
        void givenAControllerCallingAService_check_reportsIt() {
            assertReported(ArchitectureRules.CONTROLLERS_CALL_INCOMING_PORTS_ONLY, ControllerCallingAService.class)
                    .hasMessageContaining(RegisterThingService.class.getName());
        }

        @Test
        void givenAControllerNamedAfterItsOneUseCase_oneUseCaseRule_passes() {
            assertPasses(
                    ArchitectureRules.EACH_REST_CONTROLLER_CALLS_ONE_USE_CASE_NAMED_AFTER_IT,
                    RegisterThingController.class,
                    RegisterThingUseCase.class);
        }

        @Test
        void givenAControllerCallingTwoUseCases_oneUseCaseRule_reportsIt() {
            assertReported(
                            ArchitectureRules.EACH_REST_CONTROLLER_CALLS_ONE_USE_CASE_NAMED_AFTER_IT,
                            RegisterThingAndCountController.class)
                    .hasMessageContaining("calls 2 use cases [CountThingsUseCase, RegisterThingUseCase]");
        }

        @Test
        void givenAControllerNotNamedAfterItsUseCase_oneUseCaseRule_reportsIt() {
            assertReported(
                            ArchitectureRules.EACH_REST_CONTROLLER_CALLS_ONE_USE_CASE_NAMED_AFTER_IT,
                            ThingController.class)
                    .hasMessageContaining("is not named RegisterThingController");
        }

        @Test
        void givenAControllerUsingAnOutgoingPort_webGroup_reportsIt() {
            assertReported(
                    ArchitectureRules.WEB_ADAPTER, RegisterThingController.class, ControllerUsingAnOutgoingPort.class);
        }
    }

    @Nested
    class CliAdapter {

        @Test
        void givenACommandCallingAUseCaseAndAMainOpeningTheStorage_cliRules_pass() {
            Class<?>[] cli = {RegisterThingCliCommand.class, ArchFixtureMain.class};
            assertPasses(ArchitectureRules.CLI_ADAPTER_NAMES_NO_OTHER_ADAPTER, cli);
            assertPasses(ArchitectureRules.CLI_COMMANDS_CALL_INCOMING_PORTS_ONLY, cli);
            assertPasses(ArchitectureRules.CLI_ADAPTER, cli);
        }

        @Test
        void givenAContextBesideTheMainHandingOutUseCases_cliGroup_reportsIt() {
            assertReported(
                    ArchitectureRules.CLI_ADAPTER,
                    RegisterThingCliCommand.class,
                    ArchFixtureMain.class,
                    ArchFixtureCliContext.class);
        }

        @Test
        void givenACommandNamingTheWebAdapter_check_reportsIt() {
            assertReported(ArchitectureRules.CLI_ADAPTER_NAMES_NO_OTHER_ADAPTER, CliCommandUsingTheWebAdapter.class)
                    .hasMessageContaining(RegisterThingController.class.getName());
        }

        @Test
        void givenACommandUsingAnOutgoingPort_check_reportsIt() {
            assertReported(ArchitectureRules.CLI_COMMANDS_CALL_INCOMING_PORTS_ONLY, CliCommandUsingAnOutgoingPort.class)
                    .hasMessageContaining(ThingRepository.class.getName());
        }
    }

    @Nested
    class PersistenceAdapter {

        @Test
        void givenAStoreImplementingAnOutgoingPort_persistenceRules_pass() {
            Class<?>[] persistence = {
                InMemoryThingStore.class, org.stepahead.adapter.out.persistence.archfixture.ThingRow.class
            };
            assertPasses(ArchitectureRules.PERSISTENCE_ADAPTER_USES_NO_INCOMING_ADAPTER, persistence);
            assertPasses(ArchitectureRules.PERSISTENCE_ADAPTER_IMPLEMENTS_OUTGOING_PORTS_ONLY, persistence);
            assertPasses(ArchitectureRules.PERSISTENCE_ADAPTER, persistence);
        }

        @Test
        void givenAStoreUsingTheWebAdapter_check_reportsIt() {
            assertReported(
                            ArchitectureRules.PERSISTENCE_ADAPTER_USES_NO_INCOMING_ADAPTER,
                            StoreUsingTheWebAdapter.class)
                    .hasMessageContaining(RegisterThingController.class.getName());
        }

        @Test
        void givenAStoreCallingAUseCase_check_reportsIt() {
            assertReported(
                            ArchitectureRules.PERSISTENCE_ADAPTER_IMPLEMENTS_OUTGOING_PORTS_ONLY,
                            StoreUsingAUseCase.class)
                    .hasMessageContaining(RegisterThingUseCase.class.getName());
        }
    }

    @Nested
    class CalendarAdapter {

        @Test
        void givenAWriterUsingIcal4jAndAStoreBesideIt_calendarRules_pass() {
            Class<?>[] module = {IcsThingWriter.class, InMemoryThingStore.class};
            assertPasses(ArchitectureRules.CALENDAR_ADAPTER_IMPLEMENTS_OUTGOING_PORTS_ONLY, module);
            assertPasses(ArchitectureRules.ICAL4J_LIVES_ONLY_IN_THE_CALENDAR_ADAPTER, module);
            assertPasses(ArchitectureRules.CALENDAR_ADAPTER, module);
        }

        @Test
        void givenAWriterNamingTheStorage_check_reportsIt() {
            assertReported(
                            ArchitectureRules.CALENDAR_ADAPTER_IMPLEMENTS_OUTGOING_PORTS_ONLY,
                            CalendarWriterUsingTheStorage.class)
                    .hasMessageContaining(InMemoryThingStore.class.getName());
        }

        @Test
        void givenAWriterCallingAUseCase_check_reportsIt() {
            assertReported(
                            ArchitectureRules.CALENDAR_ADAPTER_IMPLEMENTS_OUTGOING_PORTS_ONLY,
                            CalendarWriterCallingAUseCase.class)
                    .hasMessageContaining(RegisterThingUseCase.class.getName());
        }

        @Test
        void givenAControllerNamingTheCalendarWriter_check_reportsIt() {
            assertReported(ArchitectureRules.WEB_ADAPTER_NAMES_NO_OTHER_ADAPTER, ControllerUsingTheCalendarWriter.class)
                    .hasMessageContaining(IcsThingWriter.class.getName());
        }

        @Test
        void givenAControllerWritingICalendarItself_check_reportsIt() {
            assertReported(
                            ArchitectureRules.ICAL4J_LIVES_ONLY_IN_THE_CALENDAR_ADAPTER,
                            ControllerWritingICalendarItself.class)
                    .hasMessageContaining("net.fortuna.ical4j.model.Calendar");
        }

        @Test
        void givenAControllerWritingICalendarItself_webGroup_reportsIt() {
            assertReported(
                    ArchitectureRules.WEB_ADAPTER,
                    RegisterThingController.class,
                    ControllerWritingICalendarItself.class);
        }
    }

    @Nested
    class LayerGroups {

        @Test
        void givenConformingDomainClasses_domainGroup_passes() {
            assertPasses(
                    ArchitectureRules.DOMAIN_LAYER,
                    ConformingDomainValue.class,
                    DomainClassTakingTimeAsAParameter.class,
                    OrderReferencingCustomerById.class,
                    Customer.class,
                    CustomerId.class,
                    OrderId.class);
        }

        @Test
        void givenADomainClassReadingTheClock_domainGroup_reportsIt() {
            assertReported(
                    ArchitectureRules.DOMAIN_LAYER, ConformingDomainValue.class, DomainClassCallingLocalDateNow.class);
        }

        @Test
        void givenConformingApplicationClasses_applicationGroup_passes() {
            assertPasses(
                    ArchitectureRules.APPLICATION_LAYER,
                    ApplicationClassUsingTheDomain.class,
                    ArchFixtureEntryPoint.class,
                    RegisterThingUseCase.class,
                    RegisterThingCommand.class,
                    PositiveCount.class,
                    ThingRepository.class,
                    RegisterThingService.class);
        }

        @Test
        void givenARowInTheApplication_applicationGroup_reportsIt() {
            assertReported(
                    ArchitectureRules.APPLICATION_LAYER,
                    ArchFixtureEntryPoint.class,
                    RegisterThingUseCase.class,
                    RegisterThingCommand.class,
                    ThingRepository.class,
                    RegisterThingService.class,
                    ThingRow.class);
        }
    }
}
