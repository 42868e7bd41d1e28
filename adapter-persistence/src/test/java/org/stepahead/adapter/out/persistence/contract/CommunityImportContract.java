package org.stepahead.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.ImportCommunityCommand;
import org.stepahead.application.port.in.transfer.ImportReport;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ImportedDocumentRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageUnreachableException;
import org.stepahead.application.port.out.UnitOfWork;
import org.stepahead.application.port.out.UserAccountRepository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Contract: the application's community import is atomic on a real store — the five documents of docs/examples
 * import, a storage failure at any save keeps nothing of the document, and a dry run keeps nothing.
 */
public abstract class CommunityImportContract extends StorageContract {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Clock CLOCK =
            Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay(MOSCOW).toInstant(), MOSCOW);
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static CommunityDocument example(String name) throws IOException {
        return YAML.readValue(Files.readString(EXAMPLES.resolve(name)), CommunityDocument.class);
    }

    static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    private ImportReport importInto(Storage target, CommunityDocument document, boolean dryRun) {
        return StepAhead.create(target, CLOCK)
                .importCommunity()
                .importCommunity(new ImportCommunityCommand(document, dryRun));
    }

    private void assertNothingStored() {
        inUnit(() -> {
            assertThat(storage.organizations().findAll()).isEmpty();
            assertThat(storage.communities().findAll()).isEmpty();
        });
    }

    @Test
    void givenTheFiveExamples_import_storesEachAsOneCommunity() throws IOException {
        List<String> names = examples();
        for (String name : names) {
            ImportReport report = importInto(storage, example(name), false);
            assertThat(report.warnings()).as(name).isEmpty();
            inUnit(() -> assertThat(storage.communities().findById(report.communityId()))
                    .as(name)
                    .isPresent());
        }
        inUnit(() -> assertThat(storage.communities().findAll()).hasSize(names.size()));
    }

    @Test
    void givenTheStorageFailsInTheMiddleOrAtTheLastSave_import_keepsNothingOfTheDocument() throws IOException {
        CommunityDocument document = example("003-mostovsky-tutor-community.yaml");
        AtomicInteger counted = new AtomicInteger();
        importInto(failingAt(0, counted), document, true);
        int saves = counted.get();
        assertThat(saves).isGreaterThan(10);

        for (int failing : List.of(saves / 2, saves)) {
            assertThatThrownBy(() -> importInto(failingAt(failing, new AtomicInteger()), document, false))
                    .as("failure at save %d of %d", failing, saves)
                    .isInstanceOf(StorageUnavailableException.class);
            assertNothingStored();
        }
    }

    @Test
    void givenADryRun_import_reportsTheDocument_andKeepsNothing() throws IOException {
        ImportReport report = importInto(storage, example("002-buzuluk-support-centre.yaml"), true);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.programs()).isPositive();
        assertNothingStored();
    }

    /** The storage under test whose n-th save (of any aggregate, or of the import's record) fails as a lost connection would; 0 never fails. */
    private Storage failingAt(int failing, AtomicInteger saves) {
        Storage real = storage;
        return new Storage() {
            public OrganizationRepository organizations() {
                return counting(OrganizationRepository.class, real.organizations());
            }

            public EducatorRepository educators() {
                return counting(EducatorRepository.class, real.educators());
            }

            public CommunityRepository communities() {
                return counting(CommunityRepository.class, real.communities());
            }

            public MembershipRepository memberships() {
                return counting(MembershipRepository.class, real.memberships());
            }

            public ProgramRepository programs() {
                return counting(ProgramRepository.class, real.programs());
            }

            public EventRepository events() {
                return counting(EventRepository.class, real.events());
            }

            public UserAccountRepository accounts() {
                return counting(UserAccountRepository.class, real.accounts());
            }

            public ImportedDocumentRepository importedDocuments() {
                return counting(ImportedDocumentRepository.class, real.importedDocuments());
            }

            public UnitOfWork unitOfWork() {
                return real.unitOfWork();
            }

            public String description() {
                return real.description();
            }

            public void probe() {
                real.probe();
            }

            public void close() {}

            private <R> R counting(Class<R> type, R repository) {
                return type.cast(Proxy.newProxyInstance(
                        type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                            if ((method.getName().equals("save")
                                            || method.getName().equals("add"))
                                    && saves.incrementAndGet() == failing) {
                                throw new StorageUnreachableException("The database connection was lost (test)");
                            }
                            try {
                                return method.invoke(repository, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }));
            }
        };
    }
}
