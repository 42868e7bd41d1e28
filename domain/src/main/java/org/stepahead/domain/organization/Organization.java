package org.stepahead.domain.organization;

import org.stepahead.domain.shared.Aggregate;
import org.stepahead.domain.shared.Texts;

/**
 * Aggregate: an educational organization (ОО) or other body — a school, a lyceum, a support centre, an education
 * authority. A school may be flagged ШНОР (low educational results) or ШССУ (hard social conditions).
 */
public final class Organization extends Aggregate<Organization, OrganizationId> {

    private final OrganizationId id;
    private String name;
    private String shortName;
    private OrganizationKind kind;
    private String municipality;
    private boolean lowResults;
    private boolean hardSocialConditions;

    private Organization(Snapshot s) {
        super(s.version());
        this.id = Texts.present(s.id(), "organizationId");
        this.name = Texts.required(s.name(), "name");
        this.shortName = Texts.optional(s.shortName());
        this.kind = Texts.present(s.kind(), "kind");
        this.municipality = Texts.optional(s.municipality());
        this.lowResults = s.lowResults();
        this.hardSocialConditions = s.hardSocialConditions();
    }

    /** Registers a new organization. */
    public static Organization register(
            OrganizationId id,
            String name,
            String shortName,
            OrganizationKind kind,
            String municipality,
            boolean lowResults,
            boolean hardSocialConditions) {
        Organization organization = new Organization(
                new Snapshot(id, 0, name, shortName, kind, municipality, lowResults, hardSocialConditions));
        organization.record(new OrganizationRegistered(id, organization.name));
        return organization;
    }

    /** Rebuilds a stored organization. */
    public static Organization restore(Snapshot snapshot) {
        return new Organization(snapshot);
    }

    /**
     * The organization's full state, the named rehydration path for stores: they keep it and hand it back to {@code
     * restore}.
     */
    public Snapshot snapshot() {
        return new Snapshot(id, version(), name, shortName, kind, municipality, lowResults, hardSocialConditions);
    }

    /** Sets or clears the ШНОР and ШССУ flags. */
    public void flag(boolean lowResults, boolean hardSocialConditions) {
        this.lowResults = lowResults;
        this.hardSocialConditions = hardSocialConditions;
    }

    /**
     * Gives the organization a new full name and short name (optional); a blank full name is refused as
     * DomainRuleViolation {@code required}.
     */
    public void rename(String name, String shortName) {
        this.name = Texts.required(name, "name");
        this.shortName = Texts.optional(shortName);
    }

    @Override
    public OrganizationId getId() {
        return id;
    }

    /** The organization's full name. */
    public String name() {
        return name;
    }

    /** The short name when there is one, otherwise the full name. */
    public String displayName() {
        return shortName != null ? shortName : name;
    }

    /** The organization's short name, or null when it has none. */
    public String shortName() {
        return shortName;
    }

    /** What kind of body it is: a school, a lyceum, a gymnasium, a support centre, an education authority and so on. */
    public OrganizationKind kind() {
        return kind;
    }

    /** The municipality the organization belongs to, or null when not given. */
    public String municipality() {
        return municipality;
    }

    /** ШНОР: a school with low educational results. */
    public boolean lowResults() {
        return lowResults;
    }

    /** ШССУ: a school working in hard social conditions. */
    public boolean hardSocialConditions() {
        return hardSocialConditions;
    }

    /** The full state, for storing and rebuilding. */
    public record Snapshot(
            OrganizationId id,
            long version,
            String name,
            String shortName,
            OrganizationKind kind,
            String municipality,
            boolean lowResults,
            boolean hardSocialConditions) {}
}
