package org.stepahead.adapter.out.persistence.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.stepahead.adapter.out.persistence.jdbc.CommunityChildRows.DayOffRow;
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
import org.stepahead.domain.community.DayOff;
import org.stepahead.domain.community.Principle;
import org.stepahead.domain.community.TutorFunctionStatement;
import org.stepahead.domain.community.WorkDirection;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.TutorFunction;

/** Persistence adapter: communities in table {@code community} and the tables of their profile. */
final class JdbcCommunityRepository extends JdbcRepository<Community, CommunityId> implements CommunityRepository {

    private static final RootTable COMMUNITY = new RootTable(
            "community",
            "name, kind, level, coordinating_organization, founding_title, founding_number, founding_date,"
                    + " time_zone, description, goal, name_key",
            "community_id",
            "community_direction_item",
            "community_direction",
            "community_task",
            "community_function",
            "community_tutor_function",
            "community_principle",
            "community_form",
            "community_right",
            "community_partner",
            "community_day_off");

    JdbcCommunityRepository(JdbcSession session) {
        super(session, COMMUNITY.select(), CommunityId::value);
    }

    @Override
    public List<Community> findAll() {
        return select(" order by name_key, id");
    }

    @Override
    protected List<Community> load(Handle h, Query query) {
        List<CommunityRow> roots = query.mapTo(CommunityRow.class).list();
        Rows.Children children =
                COMMUNITY.parts(h, roots.stream().map(CommunityRow::id).toList());
        List<Community> result = new ArrayList<>(roots.size());
        for (CommunityRow row : roots) {
            UUID id = row.id();
            List<DirectionItemRow> ownItems = children.of(
                    id,
                    "community_direction_item",
                    "community_id, direction_position, position",
                    DirectionItemRow.class);
            CommunityProfile profile = new CommunityProfile(
                    row.description(),
                    row.goal(),
                    children.of(id, "community_task", TextRow.class).stream()
                            .map(TextRow::text)
                            .toList(),
                    children.of(id, "community_function", FunctionRow.class).stream()
                            .map(CommunityRows.MAPPER::toFunction)
                            .toList(),
                    children.of(id, "community_principle", TextRow.class).stream()
                            .map(p -> new Principle(p.text()))
                            .toList(),
                    children.of(id, "community_direction", DirectionRow.class).stream()
                            .map(d -> new WorkDirection(
                                    d.title(),
                                    ownItems.stream()
                                            .filter(i -> i.directionPosition() == d.position())
                                            .map(DirectionItemRow::text)
                                            .toList()))
                            .toList(),
                    children.of(id, "community_form", FormRow.class).stream()
                            .map(f -> Form.valueOf(f.form()))
                            .toList(),
                    children.of(id, "community_right", TextRow.class).stream()
                            .map(TextRow::text)
                            .toList(),
                    children.of(id, "community_partner", PartnerRow.class).stream()
                            .map(CommunityRows.MAPPER::toPartner)
                            .toList(),
                    children.of(id, "community_tutor_function", FunctionRow.class).stream()
                            .map(f -> new TutorFunctionStatement(
                                    TutorFunction.valueOf(f.functionCode()), f.description()))
                            .toList());
            List<DayOff> daysOff = children.of(id, "community_day_off", DayOffRow.class).stream()
                    .map(d -> new DayOff(Period.of(d.startsOn(), d.endsOn()), d.reason()))
                    .toList();
            result.add(Community.restore(CommunityRows.MAPPER.toSnapshot(row, profile, daysOff)));
        }
        return result;
    }

    @Override
    public long save(Community community) {
        Community.Snapshot s = community.snapshot();
        CommunityRow row = CommunityRows.MAPPER.toRow(s);
        UUID id = row.id();
        return save(COMMUNITY, id, community.version(), row, h -> {
            CommunityProfile p = s.profile();
            insertTexts(h, "community_task", id, p.tasks());
            insertTexts(
                    h,
                    "community_principle",
                    id,
                    p.principles().stream().map(Principle::text).toList());
            insertTexts(h, "community_right", id, p.rights());
            insertFunctions(
                    h,
                    "community_function",
                    Rows.numbered(p.functions(), (f, i) -> CommunityRows.MAPPER.toRow(f, id, i)));
            insertFunctions(
                    h,
                    "community_tutor_function",
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
            Sql.insertAll(
                    h,
                    "insert into community_day_off (community_id, position, starts_on, ends_on, reason)"
                            + " values (:communityId, :position, :startsOn, :endsOn, :reason)",
                    Rows.numbered(
                            s.daysOff(),
                            (d, i) -> new DayOffRow(
                                    id, i, d.period().start(), d.period().end(), d.reason())));
        });
    }

    private static void insertTexts(Handle h, String table, UUID communityId, List<String> texts) {
        Sql.insertAll(
                h,
                "insert into " + table + " (community_id, position, text) values (:communityId, :position, :text)",
                Rows.numbered(texts, (t, i) -> new TextRow(communityId, i, t)));
    }

    private static void insertFunctions(Handle h, String table, List<FunctionRow> functions) {
        Sql.insertAll(
                h,
                "insert into " + table + " (community_id, position, function_code, description)"
                        + " values (:communityId, :position, :functionCode, :description)",
                functions);
    }
}
