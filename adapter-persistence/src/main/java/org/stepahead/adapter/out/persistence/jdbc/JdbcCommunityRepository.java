package org.stepahead.adapter.out.persistence.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.stepahead.adapter.out.persistence.jdbc.CommunityChildRows.DirectionItemRow;
import org.stepahead.adapter.out.persistence.jdbc.CommunityChildRows.DirectionRow;
import org.stepahead.adapter.out.persistence.jdbc.CommunityChildRows.FormRow;
import org.stepahead.adapter.out.persistence.jdbc.CommunityChildRows.FunctionRow;
import org.stepahead.adapter.out.persistence.jdbc.CommunityChildRows.PartnerRow;
import org.stepahead.adapter.out.persistence.jdbc.CommunityChildRows.TextRow;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityProfile;
import org.stepahead.domain.community.Principle;
import org.stepahead.domain.community.TutorFunctionStatement;
import org.stepahead.domain.community.WorkDirection;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.TutorFunction;

/** Persistence adapter: communities in table {@code community} and the tables of their profile. */
final class JdbcCommunityRepository implements CommunityRepository {

    private static final String COLUMNS =
            "id, version, name, kind, level, coordinating_organization, founding_title, founding_number, founding_date,"
                    + " time_zone, description, goal, name_key";
    private static final String INSERT =
            "insert into community (" + COLUMNS + ") values (:id, :newVersion, :name, :kind, :level,"
                    + " :coordinatingOrganization, :foundingTitle, :foundingNumber, :foundingDate, :timeZone, :description, :goal,"
                    + " :nameKey)";
    private static final String UPDATE =
            "update community set version = version + 1, name = :name, kind = :kind, level = :level,"
                    + " coordinating_organization = :coordinatingOrganization, founding_title = :foundingTitle,"
                    + " founding_number = :foundingNumber, founding_date = :foundingDate, time_zone = :timeZone,"
                    + " description = :description, goal = :goal, name_key = :nameKey where id = :id and version = :loadedVersion";

    private final JdbcSession session;

    JdbcCommunityRepository(JdbcSession session) {
        this.session = session;
    }

    @Override
    public Optional<Community> findById(CommunityId id) {
        return findAllById(List.of(id)).stream().findFirst();
    }

    @Override
    public List<Community> findAllById(Collection<CommunityId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> uuids = ids.stream().map(CommunityId::value).distinct().toList();
        return session.read(h -> load(
                h,
                h.createQuery("select " + COLUMNS + " from community where id in (<ids>)")
                        .bindList("ids", uuids)
                        .mapTo(CommunityRow.class)
                        .list()));
    }

    @Override
    public List<Community> findAll() {
        return session.read(h -> load(
                h,
                h.createQuery("select " + COLUMNS + " from community order by name_key, id")
                        .mapTo(CommunityRow.class)
                        .list()));
    }

    private static List<Community> load(Handle h, List<CommunityRow> roots) {
        List<UUID> ids = roots.stream().map(CommunityRow::id).toList();
        String order = "community_id, position";
        Map<UUID, List<TextRow>> tasks = Rows.byParent(
                Rows.ofParents(h, "community_task", "community_id", ids, order, TextRow.class), TextRow::communityId);
        Map<UUID, List<FunctionRow>> functions = Rows.byParent(
                Rows.ofParents(h, "community_function", "community_id", ids, order, FunctionRow.class),
                FunctionRow::communityId);
        Map<UUID, List<TextRow>> principles = Rows.byParent(
                Rows.ofParents(h, "community_principle", "community_id", ids, order, TextRow.class),
                TextRow::communityId);
        Map<UUID, List<DirectionRow>> directions = Rows.byParent(
                Rows.ofParents(h, "community_direction", "community_id", ids, order, DirectionRow.class),
                DirectionRow::communityId);
        Map<UUID, List<DirectionItemRow>> items = Rows.byParent(
                Rows.ofParents(
                        h,
                        "community_direction_item",
                        "community_id",
                        ids,
                        "community_id, direction_position, position",
                        DirectionItemRow.class),
                DirectionItemRow::communityId);
        Map<UUID, List<FormRow>> forms = Rows.byParent(
                Rows.ofParents(h, "community_form", "community_id", ids, order, FormRow.class), FormRow::communityId);
        Map<UUID, List<TextRow>> rights = Rows.byParent(
                Rows.ofParents(h, "community_right", "community_id", ids, order, TextRow.class), TextRow::communityId);
        Map<UUID, List<FunctionRow>> tutorFunctions = Rows.byParent(
                Rows.ofParents(h, "community_tutor_function", "community_id", ids, order, FunctionRow.class),
                FunctionRow::communityId);
        Map<UUID, List<PartnerRow>> partners = Rows.byParent(
                Rows.ofParents(h, "community_partner", "community_id", ids, order, PartnerRow.class),
                PartnerRow::communityId);
        List<Community> result = new ArrayList<>(roots.size());
        for (CommunityRow row : roots) {
            UUID id = row.id();
            List<DirectionItemRow> ownItems = Rows.of(items, id);
            CommunityProfile profile = new CommunityProfile(
                    row.description(),
                    row.goal(),
                    Rows.of(tasks, id).stream().map(TextRow::text).toList(),
                    Rows.of(functions, id).stream()
                            .map(CommunityRows.MAPPER::toFunction)
                            .toList(),
                    Rows.of(principles, id).stream()
                            .map(p -> new Principle(p.text()))
                            .toList(),
                    Rows.of(directions, id).stream()
                            .map(d -> new WorkDirection(
                                    d.title(),
                                    ownItems.stream()
                                            .filter(i -> i.directionPosition() == d.position())
                                            .map(DirectionItemRow::text)
                                            .toList()))
                            .toList(),
                    Rows.of(forms, id).stream().map(f -> Form.valueOf(f.form())).toList(),
                    Rows.of(rights, id).stream().map(TextRow::text).toList(),
                    Rows.of(partners, id).stream()
                            .map(CommunityRows.MAPPER::toPartner)
                            .toList(),
                    Rows.of(tutorFunctions, id).stream()
                            .map(f -> new TutorFunctionStatement(
                                    TutorFunction.valueOf(f.functionCode()), f.description()))
                            .toList());
            result.add(Community.restore(CommunityRows.MAPPER.toSnapshot(row, profile)));
        }
        return result;
    }

    @Override
    public long save(Community community) {
        Community.Snapshot s = community.snapshot();
        CommunityRow row = CommunityRows.MAPPER.toRow(s);
        UUID id = row.id();
        return session.write(h -> {
            long version = Sql.saveRoot(h, "community", id, community.version(), INSERT, UPDATE, row);
            Sql.deleteChildren(
                    h,
                    "community_id",
                    id,
                    "community_direction_item",
                    "community_direction",
                    "community_task",
                    "community_function",
                    "community_tutor_function",
                    "community_principle",
                    "community_form",
                    "community_right",
                    "community_partner");
            CommunityProfile p = s.profile();
            String text = " (community_id, position, text) values (:communityId, :position, :text)";
            Sql.insertAll(
                    h, "insert into community_task" + text, Rows.numbered(p.tasks(), (t, i) -> new TextRow(id, i, t)));
            Sql.insertAll(
                    h,
                    "insert into community_principle" + text,
                    Rows.numbered(p.principles(), (t, i) -> new TextRow(id, i, t.text())));
            Sql.insertAll(
                    h,
                    "insert into community_right" + text,
                    Rows.numbered(p.rights(), (t, i) -> new TextRow(id, i, t)));
            Sql.insertAll(
                    h,
                    "insert into community_function (community_id, position, function_code, description)"
                            + " values (:communityId, :position, :functionCode, :description)",
                    Rows.numbered(p.functions(), (f, i) -> CommunityRows.MAPPER.toRow(f, id, i)));
            Sql.insertAll(
                    h,
                    "insert into community_tutor_function (community_id, position, function_code, description)"
                            + " values (:communityId, :position, :functionCode, :description)",
                    Rows.numbered(
                            p.tutorFunctions(),
                            (f, i) -> new FunctionRow(id, i, f.function().name(), f.description())));
            Sql.insertAll(
                    h,
                    "insert into community_direction (community_id, position, title) values (:communityId, :position, :title)",
                    Rows.numbered(p.directions(), (d, i) -> new DirectionRow(id, i, d.title())));
            List<DirectionItemRow> items = new ArrayList<>();
            for (int d = 0; d < p.directions().size(); d++) {
                int direction = d;
                items.addAll(Rows.numbered(
                        p.directions().get(d).items(), (t, i) -> new DirectionItemRow(id, direction, i, t)));
            }
            Sql.insertAll(
                    h,
                    "insert into community_direction_item (community_id, direction_position, position, text)"
                            + " values (:communityId, :directionPosition, :position, :text)",
                    items);
            Sql.insertAll(
                    h,
                    "insert into community_form (community_id, position, form) values (:communityId, :position, :form)",
                    Rows.numbered(p.forms(), (f, i) -> new FormRow(id, i, f.name())));
            Sql.insertAll(
                    h,
                    "insert into community_partner (community_id, position, organization_id, role, theme, basis_title,"
                            + " basis_number, basis_date) values (:communityId, :position, :organizationId, :role, :theme,"
                            + " :basisTitle, :basisNumber, :basisDate)",
                    Rows.numbered(p.partners(), (x, i) -> CommunityRows.MAPPER.toRow(x, id, i)));
            return version;
        });
    }
}
