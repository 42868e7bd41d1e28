package org.stepahead.adapter.out.persistence.jdbc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.stepahead.adapter.out.persistence.jdbc.MembershipChildRows.LinkFunctionRow;
import org.stepahead.adapter.out.persistence.jdbc.MembershipChildRows.LinkRow;
import org.stepahead.adapter.out.persistence.jdbc.MembershipChildRows.RegisterRow;
import org.stepahead.adapter.out.persistence.jdbc.MembershipChildRows.RoleRow;
import org.stepahead.application.port.out.MemberRegisterCriteria;
import org.stepahead.application.port.out.MemberRegisterEntry;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.RegisterOrder;
import org.stepahead.application.port.out.ResultPage;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.membership.TutoringLink;
import org.stepahead.domain.shared.TutorFunction;

/**
 * Persistence adapter: memberships in table {@code membership} with their roles and tutoring links; the member
 * register is one paged query sorted by the educators' folded names plus one count.
 */
final class JdbcMembershipRepository extends JdbcRepository<Membership, MembershipId> implements MembershipRepository {

    private static final RootTable MEMBERSHIP = new RootTable(
            "membership",
            "community_id, educator_id, joined_on, left_on, consent_given_on, consent_basis, admission_basis",
            "membership_id",
            "tutoring_link_function",
            "tutoring_link",
            "membership_role");

    JdbcMembershipRepository(JdbcSession session) {
        super(session, MEMBERSHIP.select() + " m", MembershipId::value);
    }

    @Override
    public List<Membership> findByCommunity(CommunityId communityId) {
        return select(
                " where community_id = :community order by joined_on, id",
                q -> q.bind("community", communityId.value()));
    }

    @Override
    public Optional<Membership> findActive(CommunityId communityId, EducatorId educatorId) {
        return selectFirst(
                " where community_id = :community and educator_id = :educator and left_on is null",
                q -> q.bind("community", communityId.value()).bind("educator", educatorId.value()));
    }

    @Override
    public List<Membership> findActiveByEducator(EducatorId educatorId) {
        return select(
                " where educator_id = :educator and left_on is null order by joined_on, id",
                q -> q.bind("educator", educatorId.value()));
    }

    @Override
    public List<Membership> findTuteesOf(MembershipId tutor) {
        return select(
                " where exists (select 1 from tutoring_link l where l.membership_id = m.id"
                        + " and l.tutor_id = :tutor and l.until is null) order by id",
                q -> q.bind("tutor", tutor.value()));
    }

    @Override
    protected List<Membership> load(Handle h, Query query) {
        List<MembershipRow> roots = query.mapTo(MembershipRow.class).list();
        Rows.Children children =
                MEMBERSHIP.parts(h, roots.stream().map(MembershipRow::id).toList());
        List<Membership> result = new ArrayList<>(roots.size());
        for (MembershipRow row : roots) {
            UUID id = row.id();
            List<LinkFunctionRow> ownFunctions = children.of(
                    id, "tutoring_link_function", "membership_id, link_position, position", LinkFunctionRow.class);
            List<TutoringLink> tutors = children.of(id, "tutoring_link", LinkRow.class).stream()
                    .map(l -> new TutoringLink(
                            new MembershipId(l.tutorId()),
                            ownFunctions.stream()
                                    .filter(f -> f.linkPosition() == l.position())
                                    .map(f -> TutorFunction.valueOf(f.functionCode()))
                                    .toList(),
                            l.since(),
                            l.until()))
                    .toList();
            result.add(Membership.restore(MembershipRows.MAPPER.toSnapshot(
                    row, roles(children.of(id, "membership_role", "membership_id, role", RoleRow.class)), tutors)));
        }
        return result;
    }

    private static Set<Role> roles(List<RoleRow> rows) {
        return rows.stream()
                .map(r -> Role.valueOf(r.role()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    @Override
    public long save(Membership membership) {
        Membership.Snapshot s = membership.snapshot();
        MembershipRow row = MembershipRows.MAPPER.toRow(s);
        return save(MEMBERSHIP, row.id(), membership.version(), row, h -> insertChildren(h, s));
    }

    static void insertChildren(Handle h, Membership.Snapshot s) {
        UUID id = s.id().value();
        Sql.insertAll(
                h,
                "insert into membership_role (membership_id, role) values (:membershipId, :role)",
                s.roles().stream().sorted().map(r -> new RoleRow(id, r.name())).toList());
        Sql.insertAll(
                h,
                "insert into tutoring_link (membership_id, position, tutor_id, since, until)"
                        + " values (:membershipId, :position, :tutorId, :since, :until)",
                Rows.numbered(s.tutors(), (l, i) -> new LinkRow(id, i, l.tutor().value(), l.since(), l.until())));
        List<LinkFunctionRow> functions = new ArrayList<>();
        for (int i = 0; i < s.tutors().size(); i++) {
            int link = i;
            functions.addAll(
                    Rows.numbered(s.tutors().get(i).functions(), (f, p) -> new LinkFunctionRow(id, link, p, f.name())));
        }
        Sql.insertAll(
                h,
                "insert into tutoring_link_function (membership_id, link_position, position, function_code)"
                        + " values (:membershipId, :linkPosition, :position, :functionCode)",
                functions);
    }

    @Override
    public ResultPage<MemberRegisterEntry> findRegister(MemberRegisterCriteria criteria, int page, int size) {
        StringBuilder where = new StringBuilder(" where m.community_id = :community");
        if (!criteria.includeFormer()) {
            where.append(" and m.left_on is null");
        }
        if (criteria.organizationId() != null) {
            where.append(" and e.organization_id = :organization");
        }
        if (criteria.role() != null) {
            where.append(
                    " and exists (select 1 from membership_role r where r.membership_id = m.id and r.role = :role)");
        }
        if (criteria.nameContains() != null) {
            where.append(" and e.name_key like :pattern escape '\\'");
        }
        String from = " from membership m join educator e on e.id = m.educator_id"
                + " left join organization o on o.id = e.organization_id";
        return session.read(h -> {
            long total = bind(h.createQuery("select count(*)" + from + where), criteria)
                    .mapTo(Long.class)
                    .one();
            List<RegisterRow> rows = bind(
                            h.createQuery(
                                    "select m.id, m.version, m.educator_id, e.surname, e.given_name, e.patronymic,"
                                            + " e.experience, e.organization_id, o.name as organization_name, m.joined_on,"
                                            + " m.left_on"
                                            + from
                                            + where
                                            + orderBy(criteria.sort())
                                            + " limit :size offset :offset"),
                            criteria)
                    .bind("size", size)
                    .bind("offset", (long) page * size)
                    .mapTo(RegisterRow.class)
                    .list();
            Map<UUID, List<RoleRow>> roles = Rows.byParent(
                    Rows.ofParents(
                            h,
                            "membership_role",
                            "membership_id",
                            rows.stream().map(RegisterRow::id).toList(),
                            "membership_id, role",
                            RoleRow.class),
                    RoleRow::membershipId);
            List<MemberRegisterEntry> entries = rows.stream()
                    .map(r -> MembershipRows.MAPPER.toEntry(r, roles(Rows.of(roles, r.id()))))
                    .toList();
            return new ResultPage<>(entries, page, size, total);
        });
    }

    /** The register's order; missing organizations come last either way (the columns are never user text). */
    private static String orderBy(RegisterOrder sort) {
        String direction = sort.descending() ? " desc" : "";
        String byName = "e.surname_key, e.given_name_key, e.patronymic_key, m.id";
        return switch (sort.key()) {
            case NAME ->
                " order by e.surname_key" + direction + ", e.given_name_key" + direction + ", e.patronymic_key"
                        + direction + ", m.id";
            case ORGANIZATION -> " order by o.name_key" + direction + " nulls last, " + byName;
            case JOINED -> " order by m.joined_on" + direction + ", " + byName;
        };
    }

    private static Query bind(Query query, MemberRegisterCriteria c) {
        query.bind("community", c.communityId().value());
        if (c.organizationId() != null) {
            query.bind("organization", c.organizationId().value());
        }
        if (c.role() != null) {
            query.bind("role", c.role().name());
        }
        if (c.nameContains() != null) {
            String escaped = SortKeys.of(c.nameContains())
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            query.bind("pattern", "%" + escaped + "%");
        }
        return query;
    }
}
