package org.stepahead.application.service.transfer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.stepahead.application.port.out.AttendanceCriteria;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.EventAttendanceCount;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ImportedDocument;
import org.stepahead.application.port.out.ImportedDocumentRepository;
import org.stepahead.application.port.out.MemberAttendanceCount;
import org.stepahead.application.port.out.MemberRegisterCriteria;
import org.stepahead.application.port.out.MemberRegisterEntry;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.port.out.ProgramVersions;
import org.stepahead.application.port.out.ResultPage;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageUnreachableException;
import org.stepahead.application.port.out.UnitOfWork;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.UserAccount;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.Aggregate;

/**
 * Test fake of the storage port: map-backed repositories whose saves are held by the outermost unit of work and kept
 * only when it commits (nested units join it, as the port's contract says), a count of outermost units, and a
 * storage failure on the n-th save, as a lost connection would cause in the middle of a transaction.
 */
final class FakeStorage implements Storage {

    private final Map<Object, Aggregate<?, ?>> committed = new LinkedHashMap<>();
    private Map<Object, Aggregate<?, ?>> pending;
    private final Map<String, ImportedDocument> imports = new LinkedHashMap<>();
    private Map<String, ImportedDocument> pendingImports;
    private int depth;
    private int saves;
    private int failOnSave = -1;
    int units;
    int commits;
    int rollbacks;

    /** The n-th save (counting from 1) fails with a {@link StorageUnreachableException}. */
    FakeStorage failingOnSave(int n) {
        this.failOnSave = n;
        return this;
    }

    int saves() {
        return saves;
    }

    /** Everything committed so far. */
    List<Aggregate<?, ?>> stored() {
        return List.copyOf(committed.values());
    }

    private final UnitOfWork unitOfWork = new UnitOfWork() {
        @Override
        public <T> T execute(Supplier<T> work) {
            if (depth > 0) {
                depth++;
                try {
                    return work.get();
                } finally {
                    depth--;
                }
            }
            units++;
            depth = 1;
            pending = new LinkedHashMap<>();
            pendingImports = new LinkedHashMap<>();
            try {
                T result = work.get();
                committed.putAll(pending);
                imports.putAll(pendingImports);
                commits++;
                return result;
            } catch (RuntimeException e) {
                rollbacks++;
                throw e;
            } finally {
                pending = null;
                pendingImports = null;
                depth = 0;
            }
        }
    };

    private long save(Object id, Aggregate<?, ?> aggregate) {
        if (pending == null) {
            throw new IllegalStateException("A save must run inside a unit of work");
        }
        saves++;
        if (saves == failOnSave) {
            throw new StorageUnreachableException("disk full", null);
        }
        pending.put(id, aggregate);
        return aggregate.version() + 1;
    }

    private <A extends Aggregate<?, ?>> List<A> all(Class<A> type, Predicate<A> filter) {
        Map<Object, Aggregate<?, ?>> view = new LinkedHashMap<>(committed);
        if (pending != null) {
            view.putAll(pending);
        }
        return view.values().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(filter)
                .toList();
    }

    private <A extends Aggregate<?, ?>> Optional<A> byId(Class<A> type, Object id) {
        return all(type, a -> a.getId().equals(id)).stream().findFirst();
    }

    private <A extends Aggregate<?, ?>> List<A> byIds(Class<A> type, Collection<?> ids) {
        return all(type, a -> ids.contains(a.getId()));
    }

    private static <A, V> Predicate<A> is(Function<A, V> field, V value) {
        return a -> value.equals(field.apply(a));
    }

    @Override
    public OrganizationRepository organizations() {
        return new OrganizationRepository() {
            public Optional<Organization> findById(OrganizationId id) {
                return byId(Organization.class, id);
            }

            public List<Organization> findAllById(Collection<OrganizationId> ids) {
                return byIds(Organization.class, ids);
            }

            public long save(Organization a) {
                return FakeStorage.this.save(a.getId(), a);
            }

            public List<Organization> findAll() {
                return all(Organization.class, a -> true);
            }
        };
    }

    @Override
    public EducatorRepository educators() {
        return new EducatorRepository() {
            public Optional<Educator> findById(EducatorId id) {
                return byId(Educator.class, id);
            }

            public List<Educator> findAllById(Collection<EducatorId> ids) {
                return byIds(Educator.class, ids);
            }

            public long save(Educator a) {
                return FakeStorage.this.save(a.getId(), a);
            }
        };
    }

    @Override
    public CommunityRepository communities() {
        return new CommunityRepository() {
            public Optional<Community> findById(CommunityId id) {
                return byId(Community.class, id);
            }

            public List<Community> findAllById(Collection<CommunityId> ids) {
                return byIds(Community.class, ids);
            }

            public long save(Community a) {
                return FakeStorage.this.save(a.getId(), a);
            }

            public List<Community> findAll() {
                return all(Community.class, a -> true);
            }
        };
    }

    @Override
    public MembershipRepository memberships() {
        return new MembershipRepository() {
            public Optional<Membership> findById(MembershipId id) {
                return byId(Membership.class, id);
            }

            public List<Membership> findAllById(Collection<MembershipId> ids) {
                return byIds(Membership.class, ids);
            }

            public long save(Membership a) {
                return FakeStorage.this.save(a.getId(), a);
            }

            public List<Membership> findByCommunity(CommunityId communityId) {
                return all(Membership.class, is(Membership::communityId, communityId));
            }

            public Optional<Membership> findActive(CommunityId communityId, EducatorId educatorId) {
                return all(
                                Membership.class,
                                m -> m.communityId().equals(communityId)
                                        && m.educatorId().equals(educatorId)
                                        && m.isActive())
                        .stream()
                        .findFirst();
            }

            public List<Membership> findTuteesOf(MembershipId tutor) {
                return all(
                        Membership.class,
                        m -> m.tutors().stream().anyMatch(l -> l.tutor().equals(tutor)));
            }

            public List<Membership> findActiveByEducator(EducatorId educatorId) {
                return all(Membership.class, m -> m.educatorId().equals(educatorId) && m.isActive());
            }

            public ResultPage<MemberRegisterEntry> findRegister(MemberRegisterCriteria criteria, int page, int size) {
                throw new UnsupportedOperationException("not used by the import");
            }
        };
    }

    @Override
    public ProgramRepository programs() {
        return new ProgramRepository() {
            public Optional<Program> findById(ProgramId id) {
                return byId(Program.class, id);
            }

            public List<Program> findAllById(Collection<ProgramId> ids) {
                return byIds(Program.class, ids);
            }

            public long save(Program a) {
                return FakeStorage.this.save(a.getId(), a);
            }

            public List<Program> findByCommunity(CommunityId communityId) {
                return all(Program.class, is(Program::communityId, communityId));
            }

            public Optional<ProgramVersions> stampOf(ProgramId id) {
                return byId(Program.class, id).map(p -> new ProgramVersions(p.version(), 0));
            }
        };
    }

    @Override
    public EventRepository events() {
        return new EventRepository() {
            public Optional<Event> findById(EventId id) {
                return byId(Event.class, id);
            }

            public List<Event> findAllById(Collection<EventId> ids) {
                return byIds(Event.class, ids);
            }

            public long save(Event a) {
                return FakeStorage.this.save(a.getId(), a);
            }

            public List<Event> findByCommunityBetween(CommunityId communityId, LocalDate from, LocalDate to) {
                return all(
                        Event.class,
                        e -> e.communityId().equals(communityId)
                                && !e.date().isBefore(from)
                                && !e.date().isAfter(to));
            }

            public List<Event> findByActivity(ProgramId programId, ActivityId activityId) {
                return all(Event.class, e -> programId.equals(e.programId()) && activityId.equals(e.activityId()));
            }

            public List<Event> findByProgram(ProgramId programId) {
                return all(Event.class, e -> programId.equals(e.programId()));
            }

            public List<EventAttendanceCount> attendanceByEvent(AttendanceCriteria criteria) {
                throw new UnsupportedOperationException("not used by the import");
            }

            public List<MemberAttendanceCount> attendanceByMember(AttendanceCriteria criteria) {
                throw new UnsupportedOperationException("not used by the import");
            }
        };
    }

    /** Imported documents, kept like the aggregates: pending in a unit of work, committed with it. */
    @Override
    public ImportedDocumentRepository importedDocuments() {
        return new ImportedDocumentRepository() {
            @Override
            public Optional<ImportedDocument> findByKey(String key) {
                return Optional.ofNullable(
                        pendingImports != null && pendingImports.containsKey(key)
                                ? pendingImports.get(key)
                                : imports.get(key));
            }

            @Override
            public Optional<ImportedDocument> findByCommunity(CommunityId community) {
                return imports.values().stream()
                        .filter(d -> d.community().equals(community))
                        .findFirst();
            }

            @Override
            public void add(ImportedDocument document) {
                if (findByKey(document.key()).isPresent()) {
                    throw new ConcurrentUpdateException("ImportedDocument", document.key(), 0);
                }
                pendingImports.put(document.key(), document);
            }
        };
    }

    /** The import touches no account; the use cases are built with an empty account repository. */
    @Override
    public UserAccountRepository accounts() {
        return new UserAccountRepository() {
            public Optional<UserAccount> findById(AccountId id) {
                return Optional.empty();
            }

            public long save(UserAccount aggregate) {
                throw new UnsupportedOperationException("not used by the import");
            }

            public Optional<UserAccount> findByUsername(String username) {
                return Optional.empty();
            }

            public Optional<UserAccount> findByTokenHash(String tokenHash) {
                return Optional.empty();
            }

            public List<UserAccount> findAll() {
                return List.of();
            }

            public long countEnabledAdministrators() {
                return 0;
            }
        };
    }

    @Override
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    public void probe() {}

    @Override
    public String description() {
        return "fake";
    }

    @Override
    public void close() {}
}
