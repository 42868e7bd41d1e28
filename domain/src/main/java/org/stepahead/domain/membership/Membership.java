package org.stepahead.domain.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.shared.Aggregate;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Texts;
import org.stepahead.domain.shared.TutorFunction;

/**
 * Aggregate: one educator's place in one community — roles, the consent that made them a member, when they joined
 * and left, and the tutors who accompany them. Its own aggregate because a city community has over a thousand
 * members.
 *
 * <p>Rules: no consent, no membership; a member has at least one role; a novice is not a tutor; nobody tutors
 * themself; a tutee's tutor is an active tutor of the same community; leaving ends the member's tutoring links.
 */
public final class Membership extends Aggregate<Membership, MembershipId> {

    private final MembershipId id;
    private final CommunityId communityId;
    private final EducatorId educatorId;
    private final EnumSet<Role> roles;
    private final LocalDate joinedOn;
    private LocalDate leftOn;
    private final Consent consent;
    private final String admissionBasis;
    private final List<TutoringLink> tutors;

    private Membership(Snapshot s) {
        super(s.version());
        this.id = Texts.present(s.id(), "membershipId");
        this.communityId = Texts.present(s.communityId(), "communityId");
        this.educatorId = Texts.present(s.educatorId(), "educatorId");
        this.roles = checkedRoles(s.roles());
        this.joinedOn = Texts.present(s.joinedOn(), "joinedOn");
        this.leftOn = s.leftOn();
        this.consent = s.consent();
        if (consent == null) {
            throw new DomainRuleViolation("membership.consentRequired");
        }
        if (consent.givenOn().isAfter(joinedOn)) {
            throw new DomainRuleViolation("membership.consentAfterJoining", consent.givenOn(), joinedOn);
        }
        if (leftOn != null && leftOn.isBefore(joinedOn)) {
            throw new DomainRuleViolation("membership.leavesBeforeJoining", joinedOn, leftOn);
        }
        this.admissionBasis = Texts.optional(s.admissionBasis());
        this.tutors = new ArrayList<>(Texts.listOf(s.tutors(), "tutors"));
    }

    /**
     * Admits an educator who gave consent. The experience level is the educator's, needed because a novice may not
     * be admitted as a tutor.
     */
    public static Membership admit(
            MembershipId id,
            CommunityId communityId,
            EducatorId educatorId,
            Set<Role> roles,
            LocalDate joinedOn,
            Consent consent,
            String admissionBasis,
            ExperienceLevel experience) {
        Membership membership = new Membership(new Snapshot(
                id, 0, communityId, educatorId, roles, joinedOn, null, consent, admissionBasis, List.of()));
        membership.requireTutorIsNoNovice(membership.roles, experience);
        membership.record(new MemberAdmitted(id, communityId, educatorId, Set.copyOf(membership.roles)));
        return membership;
    }

    /**
     * Rebuilds a stored membership from its snapshot, checking its rules again: the named rehydration path for stores.
     */
    public static Membership restore(Snapshot snapshot) {
        return new Membership(snapshot);
    }

    /**
     * The membership's full state, the named rehydration path for stores: they keep it and hand it back to {@code
     * restore}.
     */
    public Snapshot snapshot() {
        return new Snapshot(
                id,
                version(),
                communityId,
                educatorId,
                Set.copyOf(roles),
                joinedOn,
                leftOn,
                consent,
                admissionBasis,
                List.copyOf(tutors));
    }

    private static EnumSet<Role> checkedRoles(Collection<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainRuleViolation("membership.noRole");
        }
        return EnumSet.copyOf(Texts.listOf(roles, "roles"));
    }

    private void requireTutorIsNoNovice(Set<Role> roles, ExperienceLevel experience) {
        Texts.present(experience, "experience");
        if (roles.contains(Role.TUTOR) && experience.isNovice()) {
            throw new DomainRuleViolation("membership.noviceTutor", experience);
        }
    }

    private void requireActive() {
        if (!isActive()) {
            throw new DomainRuleViolation("membership.notActive", id);
        }
    }

    /** Gives the member a new set of roles; a novice cannot become a tutor. */
    public void changeRoles(Set<Role> newRoles, ExperienceLevel experience) {
        requireActive();
        EnumSet<Role> checked = checkedRoles(newRoles);
        requireTutorIsNoNovice(checked, experience);
        if (!checked.contains(Role.TUTEE) && !activeTutors().isEmpty()) {
            throw new DomainRuleViolation("membership.tuteeHasTutors");
        }
        roles.clear();
        roles.addAll(checked);
        record(new MemberRolesChanged(id, Set.copyOf(roles)));
    }

    /** The member leaves the community on the given day; the tutoring links they have as a tutee end that day. */
    public void leave(LocalDate day) {
        requireActive();
        Texts.present(day, "leftOn");
        if (day.isBefore(joinedOn)) {
            throw new DomainRuleViolation("membership.leavesBeforeJoining", joinedOn, day);
        }
        for (TutoringLink link : activeTutors()) {
            endLink(link, day);
        }
        leftOn = day;
        record(new MemberLeft(id, communityId, day));
    }

    /**
     * Links a tutor to this member, who becomes (or stays) a tutee. The tutor is given as their membership, with
     * their educator's experience level.
     */
    public void assignTutor(
            Membership tutor, ExperienceLevel tutorExperience, Collection<TutorFunction> functions, LocalDate since) {
        Texts.present(tutor, "tutor");
        Texts.present(since, "since");
        requireActive();
        if (tutor.id.equals(id) || tutor.educatorId.equals(educatorId)) {
            throw new DomainRuleViolation("tutoring.self");
        }
        if (!tutor.communityId.equals(communityId)) {
            throw new DomainRuleViolation("tutoring.otherCommunity");
        }
        if (!tutor.isActive()) {
            throw new DomainRuleViolation("tutoring.tutorNotActive");
        }
        if (!tutor.roles.contains(Role.TUTOR)) {
            throw new DomainRuleViolation("tutoring.notATutor");
        }
        Texts.present(tutorExperience, "tutorExperience");
        if (tutorExperience.isNovice()) {
            throw new DomainRuleViolation("membership.noviceTutor", tutorExperience);
        }
        if (since.isBefore(joinedOn) || since.isBefore(tutor.joinedOn)) {
            throw new DomainRuleViolation("tutoring.beforeJoining", since);
        }
        if (activeLinkWith(tutor.id).isPresent()) {
            throw new DomainRuleViolation("tutoring.alreadyLinked");
        }
        tutors.add(new TutoringLink(tutor.id, List.copyOf(functions == null ? List.of() : functions), since, null));
        roles.add(Role.TUTEE);
        record(new TutorAssigned(id, tutor.id, since));
    }

    /** Ends this member's tutoring by the given tutor (the tutor left, or the work is done). */
    public void endTutoringBy(MembershipId tutor, LocalDate day) {
        Texts.present(day, "until");
        TutoringLink link =
                activeLinkWith(tutor).orElseThrow(() -> new DomainRuleViolation("tutoring.noSuchLink", tutor));
        if (day.isBefore(link.since())) {
            throw new DomainRuleViolation("tutoring.endsBeforeStart", link.since(), day);
        }
        endLink(link, day);
    }

    private void endLink(TutoringLink link, LocalDate day) {
        TutoringLink ended = link.endedOn(day);
        tutors.set(tutors.indexOf(link), ended);
        record(new TutoringEnded(id, link.tutor(), ended.until()));
    }

    private Optional<TutoringLink> activeLinkWith(MembershipId tutor) {
        return tutors.stream()
                .filter(l -> l.isActive() && l.tutor().equals(tutor))
                .findFirst();
    }

    /** Whether the member is tutored by the given tutor now. */
    public boolean isTutoredBy(MembershipId tutor) {
        return activeLinkWith(tutor).isPresent();
    }

    /** The links to the member's tutors (as a tutee) that have not ended. */
    public List<TutoringLink> activeTutors() {
        return tutors.stream().filter(TutoringLink::isActive).toList();
    }

    /** Whether the educator is still a member: they have not left the community. */
    public boolean isActive() {
        return leftOn == null;
    }

    /** Whether the educator was a member on the day: joined on or before it and not left before it. */
    public boolean isMemberOn(LocalDate day) {
        return isMemberOn(joinedOn, leftOn, day);
    }

    /** Whether a membership from {@code joined} to {@code left} (null while it lasts) covers the day. */
    public static boolean isMemberOn(LocalDate joined, LocalDate left, LocalDate day) {
        return !joined.isAfter(day) && (left == null || !left.isBefore(day));
    }

    /** Whether the member holds the given role in the community. */
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public MembershipId getId() {
        return id;
    }

    /** The community the member belongs to. */
    public CommunityId communityId() {
        return communityId;
    }

    /** The educator who is the member. */
    public EducatorId educatorId() {
        return educatorId;
    }

    /** The member's roles in the community: at least one. */
    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** The day the member joined; consent was given on or before it. */
    public LocalDate joinedOn() {
        return joinedOn;
    }

    /** The day the member left the community, or null while they are a member. */
    public LocalDate leftOn() {
        return leftOn;
    }

    /** The consent that made the educator a member (voluntariness: no consent, no membership). */
    public Consent consent() {
        return consent;
    }

    /**
     * On what grounds the member was admitted, in free words (for instance as a contest laureate), or null when not
     * recorded.
     */
    public String admissionBasis() {
        return admissionBasis;
    }

    /** Every tutoring link, active and ended, in the order they were made. */
    public List<TutoringLink> tutors() {
        return List.copyOf(tutors);
    }

    /** The full state, for storing and rebuilding. */
    public record Snapshot(
            MembershipId id,
            long version,
            CommunityId communityId,
            EducatorId educatorId,
            Set<Role> roles,
            LocalDate joinedOn,
            LocalDate leftOn,
            Consent consent,
            String admissionBasis,
            List<TutoringLink> tutors) {}
}
