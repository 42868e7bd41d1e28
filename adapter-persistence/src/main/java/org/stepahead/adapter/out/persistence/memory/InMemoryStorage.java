package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.UnitOfWork;
import org.stepahead.application.port.out.UserAccountRepository;

/**
 * Persistence adapter: a storage held in this JVM's memory — aggregates kept as immutable snapshots with their
 * versions, thread-safe, atomic per unit of work. For tests, demonstrations and embedding; nothing survives the JVM.
 */
public final class InMemoryStorage implements Storage {

    private final String description;
    private final OrganizationRepository organizations;
    private final EducatorRepository educators;
    private final CommunityRepository communities;
    private final MembershipRepository memberships;
    private final ProgramRepository programs;
    private final EventRepository events;
    private final UserAccountRepository accounts;
    private final UnitOfWork unitOfWork;

    /** A fresh, empty storage. */
    public InMemoryStorage() {
        this(new InMemoryDatabase(), "memory");
    }

    InMemoryStorage(InMemoryDatabase database, String description) {
        this.description = description;
        this.organizations = new InMemoryOrganizationRepository(database);
        this.educators = new InMemoryEducatorRepository(database);
        this.communities = new InMemoryCommunityRepository(database);
        this.memberships = new InMemoryMembershipRepository(database);
        this.programs = new InMemoryProgramRepository(database);
        this.events = new InMemoryEventRepository(database);
        this.accounts = new InMemoryUserAccountRepository(database);
        this.unitOfWork = new InMemoryUnitOfWork(database);
    }

    @Override
    public OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    public EducatorRepository educators() {
        return educators;
    }

    @Override
    public CommunityRepository communities() {
        return communities;
    }

    @Override
    public MembershipRepository memberships() {
        return memberships;
    }

    @Override
    public ProgramRepository programs() {
        return programs;
    }

    @Override
    public EventRepository events() {
        return events;
    }

    @Override
    public UserAccountRepository accounts() {
        return accounts;
    }

    @Override
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** The data is in this JVM: always reachable. */
    @Override
    public void probe() {}

    @Override
    public String description() {
        return description;
    }

    /** Nothing to release: the data stays as long as the JVM holds the store (named stores stay for reopening). */
    @Override
    public void close() {}
}
