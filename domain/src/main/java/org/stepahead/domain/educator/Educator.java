package org.stepahead.domain.educator;

import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.Aggregate;
import org.stepahead.domain.shared.PersonName;
import org.stepahead.domain.shared.Texts;

/**
 * Aggregate: an educator (педагог) — a class teacher, a subject teacher, a specialist — who works at one
 * organization and has an experience level.
 */
public final class Educator extends Aggregate<Educator, EducatorId> {

    private final EducatorId id;
    private PersonName name;
    private OrganizationId organizationId;
    private String position;
    private ExperienceLevel experience;
    private String email;

    private Educator(Snapshot s) {
        super(s.version());
        this.id = Texts.present(s.id(), "educatorId");
        this.name = Texts.present(s.name(), "name");
        this.organizationId = s.organizationId();
        this.position = Texts.optional(s.position());
        this.experience = Texts.present(s.experience(), "experience");
        this.email = checkedEmail(s.email());
    }

    /** Registers a new educator; the organization is where they work (may be unknown). */
    public static Educator register(
            EducatorId id,
            PersonName name,
            OrganizationId organizationId,
            String position,
            ExperienceLevel experience,
            String email) {
        Educator educator = new Educator(new Snapshot(id, 0, name, organizationId, position, experience, email));
        educator.record(new EducatorRegistered(id, organizationId));
        return educator;
    }

    /**
     * Rebuilds a stored educator from its snapshot, checking its rules again: the named rehydration path for stores.
     */
    public static Educator restore(Snapshot snapshot) {
        return new Educator(snapshot);
    }

    /**
     * The educator's full state, the named rehydration path for stores: they keep it and hand it back to {@code
     * restore}.
     */
    public Snapshot snapshot() {
        return new Snapshot(id, version(), name, organizationId, position, experience, email);
    }

    private static String checkedEmail(String email) {
        String value = Texts.optional(email);
        if (value != null && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new org.stepahead.domain.shared.DomainRuleViolation("educator.email", value);
        }
        return value;
    }

    /** The educator gained experience or moved to another level. */
    public void changeExperience(ExperienceLevel experience) {
        this.experience = Texts.present(experience, "experience");
    }

    /** The educator moved to another organization or position. */
    public void moveTo(OrganizationId organizationId, String position) {
        this.organizationId = organizationId;
        this.position = Texts.optional(position);
    }

    @Override
    public EducatorId getId() {
        return id;
    }

    /** The educator's full name. */
    public PersonName name() {
        return name;
    }

    /** The organization where the educator works, or null when it is unknown. */
    public OrganizationId organizationId() {
        return organizationId;
    }

    /** The educator's position (классный руководитель, учитель-предметник), or null when not given. */
    public String position() {
        return position;
    }

    /** How experienced the educator is: молодой, малоопытный or стажист; the first two are novices. */
    public ExperienceLevel experience() {
        return experience;
    }

    /** The educator's e-mail address (checked to look like one), or null when not given. */
    public String email() {
        return email;
    }

    /** The full state, for storing and rebuilding. */
    public record Snapshot(
            EducatorId id,
            long version,
            PersonName name,
            OrganizationId organizationId,
            String position,
            ExperienceLevel experience,
            String email) {}
}
