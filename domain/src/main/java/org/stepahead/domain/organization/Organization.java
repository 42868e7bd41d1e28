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

    public Snapshot snapshot() {
        return new Snapshot(id, version(), name, shortName, kind, municipality, lowResults, hardSocialConditions);
    }

    /** Sets or clears the ШНОР and ШССУ flags. */
    public void flag(boolean lowResults, boolean hardSocialConditions) {
        this.lowResults = lowResults;
        this.hardSocialConditions = hardSocialConditions;
    }

    public void rename(String name, String shortName) {
        this.name = Texts.required(name, "name");
        this.shortName = Texts.optional(shortName);
    }

    @Override
    public OrganizationId getId() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The short name when there is one, otherwise the full name. */
    public String displayName() {
        return shortName != null ? shortName : name;
    }

    public String shortName() {
        return shortName;
    }

    public OrganizationKind kind() {
        return kind;
    }

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
