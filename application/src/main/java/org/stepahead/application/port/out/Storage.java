package org.stepahead.application.port.out;

/** Outgoing port: an open storage that hands out the repositories and the unit of work over one database. */
public interface Storage extends AutoCloseable {

    /** The organizations of this storage. */
    OrganizationRepository organizations();

    /** The educators of this storage. */
    EducatorRepository educators();

    /** The communities of this storage. */
    CommunityRepository communities();

    /** The memberships of this storage. */
    MembershipRepository memberships();

    /** The programs of this storage. */
    ProgramRepository programs();

    /** The events of this storage. */
    EventRepository events();

    /** The user accounts of this storage. */
    UserAccountRepository accounts();

    /** The documents imported into this storage. */
    ImportedDocumentRepository importedDocuments();

    /** The unit of work whose commits the repositories of this storage take part in. */
    UnitOfWork unitOfWork();

    /**
     * One cheap round trip to where the data lives (a database: a trivial query), independent of how much is stored;
     * reads and changes nothing. Throws when the data cannot be reached — inside a unit of work, as
     * {@code StorageUnreachableException}.
     */
    void probe();

    /** A short description for people ("memory", "H2 file /home/…/stepahead", "PostgreSQL db:5432/stepahead"). */
    String description();

    @Override
    void close();
}
