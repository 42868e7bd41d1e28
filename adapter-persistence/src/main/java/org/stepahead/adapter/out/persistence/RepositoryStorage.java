package org.stepahead.adapter.out.persistence;

import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ImportedDocumentRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.UnitOfWork;
import org.stepahead.application.port.out.UserAccountRepository;

/**
 * Persistence adapter: what every storage shares — it hands out the repositories and the unit of work it was built
 * with, and names itself by its description. The storages differ only in how they build them, probe and close.
 */
public abstract class RepositoryStorage implements Storage {

    /** The repositories and the unit of work of one storage. */
    public record Repositories(
            OrganizationRepository organizations,
            EducatorRepository educators,
            CommunityRepository communities,
            MembershipRepository memberships,
            ProgramRepository programs,
            EventRepository events,
            UserAccountRepository accounts,
            ImportedDocumentRepository importedDocuments,
            UnitOfWork unitOfWork) {}

    private final Repositories repositories;
    private final String description;

    protected RepositoryStorage(Repositories repositories, String description) {
        this.repositories = repositories;
        this.description = description;
    }

    @Override
    public OrganizationRepository organizations() {
        return repositories.organizations();
    }

    @Override
    public EducatorRepository educators() {
        return repositories.educators();
    }

    @Override
    public CommunityRepository communities() {
        return repositories.communities();
    }

    @Override
    public MembershipRepository memberships() {
        return repositories.memberships();
    }

    @Override
    public ProgramRepository programs() {
        return repositories.programs();
    }

    @Override
    public EventRepository events() {
        return repositories.events();
    }

    @Override
    public UserAccountRepository accounts() {
        return repositories.accounts();
    }

    @Override
    public ImportedDocumentRepository importedDocuments() {
        return repositories.importedDocuments();
    }

    @Override
    public UnitOfWork unitOfWork() {
        return repositories.unitOfWork();
    }

    @Override
    public String description() {
        return description;
    }
}
