package org.stepahead.domain.community;

import java.time.ZoneId;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.Aggregate;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.Texts;

/**
 * Aggregate: a voluntary professional community of educators — a club, a network school, a tutor community, a
 * support centre — coordinated by one organization, founded by a document, living in one time zone.
 */
public final class Community extends Aggregate<Community, CommunityId> {

    /** Moscow time, the default for communities that name none. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Moscow");

    private final CommunityId id;
    private String name;
    private CommunityKind kind;
    private CommunityLevel level;
    private OrganizationId coordinatingOrganization;
    private DocumentRef foundingDocument;
    private ZoneId timeZone;
    private CommunityProfile profile;

    private Community(Snapshot s) {
        super(s.version());
        this.id = Texts.present(s.id(), "communityId");
        this.name = Texts.required(s.name(), "name");
        this.kind = Texts.present(s.kind(), "kind");
        this.level = Texts.present(s.level(), "level");
        this.coordinatingOrganization = Texts.present(s.coordinatingOrganization(), "coordinatingOrganization");
        this.foundingDocument = s.foundingDocument();
        this.timeZone = s.timeZone() == null ? DEFAULT_TIME_ZONE : s.timeZone();
        this.profile = s.profile() == null ? CommunityProfile.empty() : s.profile();
    }

    /** Founds a community coordinated by an organization. */
    public static Community found(
            CommunityId id,
            String name,
            CommunityKind kind,
            CommunityLevel level,
            OrganizationId coordinatingOrganization,
            DocumentRef foundingDocument,
            ZoneId timeZone,
            CommunityProfile profile) {
        Community community = new Community(
                new Snapshot(id, 0, name, kind, level, coordinatingOrganization, foundingDocument, timeZone, profile));
        community.record(new CommunityFounded(id, community.name, coordinatingOrganization));
        return community;
    }

    /**
     * Rebuilds a stored community from its snapshot, checking its rules again: the named rehydration path for stores.
     */
    public static Community restore(Snapshot snapshot) {
        return new Community(snapshot);
    }

    /**
     * The community's full state, the named rehydration path for stores: they keep it and hand it back to {@code
     * restore}.
     */
    public Snapshot snapshot() {
        return new Snapshot(
                id, version(), name, kind, level, coordinatingOrganization, foundingDocument, timeZone, profile);
    }

    /** Replaces what the community's documents say of it. */
    public void revise(CommunityProfile profile) {
        this.profile = Texts.present(profile, "profile");
        record(new CommunityRevised(id));
    }

    /**
     * Replaces the community's own data: its name (required, trimmed, as at founding), founding document (null when
     * none is recorded), time zone and profile.
     */
    public void revise(String name, DocumentRef foundingDocument, ZoneId timeZone, CommunityProfile profile) {
        String revisedName = Texts.required(name, "name");
        ZoneId revisedZone = Texts.present(timeZone, "timeZone");
        CommunityProfile revisedProfile = Texts.present(profile, "profile");
        this.name = revisedName;
        this.foundingDocument = foundingDocument;
        this.timeZone = revisedZone;
        this.profile = revisedProfile;
        record(new CommunityRevised(id));
    }

    /** Hands coordination to another organization. */
    public void coordinateBy(OrganizationId organization) {
        this.coordinatingOrganization = Texts.present(organization, "coordinatingOrganization");
    }

    @Override
    public CommunityId getId() {
        return id;
    }

    /** The community's name ("На шаг впереди"), trimmed. */
    public String name() {
        return name;
    }

    /** What kind of community it is: a club, a network school, a tutor community, a support centre and so on. */
    public CommunityKind kind() {
        return kind;
    }

    /** How far the community reaches: one school, a municipality or a region. */
    public CommunityLevel level() {
        return level;
    }

    /** The organization that coordinates the community. */
    public OrganizationId coordinatingOrganization() {
        return coordinatingOrganization;
    }

    /** The document that founded the community (order number and date), or null when none is recorded. */
    public DocumentRef foundingDocument() {
        return foundingDocument;
    }

    /** The time zone the community's event times are local to; Moscow time when none was given. */
    public ZoneId timeZone() {
        return timeZone;
    }

    /** What the community's founding documents say of it; an empty profile when none was given. */
    public CommunityProfile profile() {
        return profile;
    }

    /** The full state, for storing and rebuilding. */
    public record Snapshot(
            CommunityId id,
            long version,
            String name,
            CommunityKind kind,
            CommunityLevel level,
            OrganizationId coordinatingOrganization,
            DocumentRef foundingDocument,
            ZoneId timeZone,
            CommunityProfile profile) {}
}
