package org.stepahead.domain.community;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.Aggregate;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Texts;
import org.stepahead.domain.shared.WorkingCalendar;

/**
 * Aggregate: a voluntary professional community of educators — a club, a network school, a tutor community, a
 * support centre — coordinated by one organization, founded by a document, living in one time zone, with its own
 * days off beyond the country's calendar.
 */
public final class Community extends Aggregate<Community, CommunityId> {

    /** Moscow time, the default for communities that name none. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Moscow");

    private static final Comparator<DayOff> BY_START =
            Comparator.comparing(d -> d.period().start());

    private final CommunityId id;
    private String name;
    private CommunityKind kind;
    private CommunityLevel level;
    private OrganizationId coordinatingOrganization;
    private DocumentRef foundingDocument;
    private ZoneId timeZone;
    private CommunityProfile profile;
    private final List<DayOff> daysOff = new ArrayList<>();

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
        s.daysOff().forEach(this::requireNoOverlap);
        s.daysOff().forEach(daysOff::add);
        daysOff.sort(BY_START);
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
                id,
                version(),
                name,
                kind,
                level,
                coordinatingOrganization,
                foundingDocument,
                timeZone,
                profile,
                List.copyOf(daysOff));
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

    /**
     * Adds days the community does not work (its own holidays, a quarantine); they may not overlap days off it has
     * already ({@code community.daysOffOverlap}).
     */
    public void addDaysOff(DayOff dayOff) {
        Texts.present(dayOff, "dayOff");
        requireNoOverlap(dayOff);
        daysOff.add(dayOff);
        daysOff.sort(BY_START);
        record(new CommunityRevised(id));
    }

    /** Removes the days off that start on the day; none starting then is refused as NotFound. */
    public void removeDaysOff(LocalDate start) {
        Texts.present(start, "start");
        boolean removed = daysOff.removeIf(d -> d.period().start().equals(start));
        if (!removed) {
            throw new NotFound("dayOff", start);
        }
        record(new CommunityRevised(id));
    }

    private void requireNoOverlap(DayOff dayOff) {
        for (DayOff other : daysOff) {
            if (other.period().overlaps(dayOff.period())) {
                throw new DomainRuleViolation(
                        "community.daysOffOverlap",
                        other.period().start(),
                        other.period().end(),
                        other.reason());
            }
        }
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

    /**
     * The school calendar the community works by over the period: the default Russian school calendar with the
     * community's own days off, each named by its reason.
     */
    public WorkingCalendar calendar(Period period) {
        WorkingCalendar calendar = WorkingCalendar.russianSchool(period);
        for (DayOff dayOff : daysOff) {
            calendar = calendar.withNonWorking(dayOff.reason(), List.of(dayOff.period()));
        }
        return calendar;
    }

    /** The community's own days off, by their first day. */
    public List<DayOff> daysOff() {
        return List.copyOf(daysOff);
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
            CommunityProfile profile,
            List<DayOff> daysOff) {

        public Snapshot {
            daysOff = daysOff == null ? List.of() : List.copyOf(daysOff);
        }

        /** The state of a community without days off of its own. */
        public Snapshot(
                CommunityId id,
                long version,
                String name,
                CommunityKind kind,
                CommunityLevel level,
                OrganizationId coordinatingOrganization,
                DocumentRef foundingDocument,
                ZoneId timeZone,
                CommunityProfile profile) {
            this(
                    id,
                    version,
                    name,
                    kind,
                    level,
                    coordinatingOrganization,
                    foundingDocument,
                    timeZone,
                    profile,
                    List.of());
        }
    }
}
