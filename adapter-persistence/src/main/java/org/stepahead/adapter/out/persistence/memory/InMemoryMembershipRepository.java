package org.stepahead.adapter.out.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stepahead.application.port.out.MemberRegisterCriteria;
import org.stepahead.application.port.out.MemberRegisterEntry;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.RegisterOrder;
import org.stepahead.application.port.out.ResultPage;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;

/** Persistence adapter: memberships kept in memory as snapshots, and the member register joined from them. */
final class InMemoryMembershipRepository extends InMemoryRepository<Membership, MembershipId, Membership.Snapshot>
        implements MembershipRepository {

    InMemoryMembershipRepository(InMemoryDatabase database) {
        super(
                database,
                database.memberships,
                Membership::restore,
                Membership::snapshot,
                Membership::getId,
                Membership::version);
    }

    @Override
    public List<Membership> findByCommunity(CommunityId communityId) {
        Objects.requireNonNull(communityId, "communityId");
        return where(s -> s.communityId().equals(communityId))
                .sorted(Comparator.comparing(Membership::joinedOn)
                        .thenComparing(m -> m.getId().toString()))
                .toList();
    }

    @Override
    public Optional<Membership> findActive(CommunityId communityId, EducatorId educatorId) {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(educatorId, "educatorId");
        return where(s -> s.leftOn() == null
                        && s.communityId().equals(communityId)
                        && s.educatorId().equals(educatorId))
                .findFirst();
    }

    @Override
    public List<Membership> findActiveByEducator(EducatorId educatorId) {
        Objects.requireNonNull(educatorId, "educatorId");
        return where(s -> s.leftOn() == null && s.educatorId().equals(educatorId))
                .sorted(Comparator.comparing(Membership::joinedOn)
                        .thenComparing(m -> m.getId().toString()))
                .toList();
    }

    @Override
    public List<Membership> findTuteesOf(MembershipId tutor) {
        Objects.requireNonNull(tutor, "tutor");
        return where(s -> s.tutors().stream()
                        .anyMatch(link -> link.isActive() && link.tutor().equals(tutor)))
                .sorted(Comparator.comparing(Membership::joinedOn)
                        .thenComparing(m -> m.getId().toString()))
                .toList();
    }

    @Override
    public ResultPage<MemberRegisterEntry> findRegister(MemberRegisterCriteria criteria, int page, int size) {
        Objects.requireNonNull(criteria, "criteria");
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        List<MemberRegisterEntry> matching = database.read(() -> {
            Map<EducatorId, Educator.Snapshot> educators = database.view(database.educators);
            Map<OrganizationId, Organization.Snapshot> organizations = database.view(database.organizations);
            List<MemberRegisterEntry> entries = new ArrayList<>();
            snapshots()
                    .filter(m -> m.communityId().equals(criteria.communityId()))
                    .filter(m -> criteria.includeFormer() || m.leftOn() == null)
                    .filter(m -> criteria.role() == null || m.roles().contains(criteria.role()))
                    .forEach(m -> {
                        Educator.Snapshot educator = educators.get(m.educatorId());
                        if (educator == null || !matches(educator, criteria)) {
                            return;
                        }
                        Organization.Snapshot organization =
                                educator.organizationId() == null ? null : organizations.get(educator.organizationId());
                        entries.add(entry(m, educator, organization));
                    });
            return entries;
        });
        matching.sort(order(criteria.sort()));
        long from = Math.min((long) page * size, matching.size());
        long to = Math.min(from + size, matching.size());
        return new ResultPage<>(matching.subList((int) from, (int) to), page, size, matching.size());
    }

    private static Comparator<MemberRegisterEntry> order(RegisterOrder sort) {
        Comparator<String> russian = RussianOrder.text();
        Comparator<MemberRegisterEntry> byName = Comparator.comparing(
                        (MemberRegisterEntry e) -> e.name().surname(), russian)
                .thenComparing(e -> e.name().givenName(), russian)
                .thenComparing(e -> e.name().patronymic(), russian);
        Comparator<MemberRegisterEntry> first = switch (sort.key()) {
            case NAME -> byName;
            case ORGANIZATION ->
                Comparator.comparing(MemberRegisterEntry::organizationName, Comparator.nullsLast(russian));
            case JOINED -> Comparator.comparing(MemberRegisterEntry::joinedOn);
        };
        if (sort.descending()) {
            first = sort.key() == RegisterOrder.Key.ORGANIZATION
                    ? Comparator.comparing(
                            MemberRegisterEntry::organizationName, Comparator.nullsLast(russian.reversed()))
                    : first.reversed();
        }
        return first.thenComparing(byName).thenComparing(e -> e.membershipId().toString());
    }

    private static boolean matches(Educator.Snapshot educator, MemberRegisterCriteria criteria) {
        if (criteria.organizationId() != null && !criteria.organizationId().equals(educator.organizationId())) {
            return false;
        }
        return criteria.nameContains() == null
                || RussianOrder.contains(educator.name().full(), criteria.nameContains());
    }

    private static MemberRegisterEntry entry(
            Membership.Snapshot membership, Educator.Snapshot educator, Organization.Snapshot organization) {
        return new MemberRegisterEntry(
                membership.id(),
                membership.version(),
                educator.id(),
                educator.name(),
                educator.experience(),
                educator.organizationId(),
                organization == null ? null : organization.name(),
                membership.roles(),
                membership.joinedOn(),
                membership.leftOn());
    }
}
