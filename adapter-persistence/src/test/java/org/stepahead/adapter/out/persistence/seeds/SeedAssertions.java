package org.stepahead.adapter.out.persistence.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.stepahead.adapter.out.persistence.seeds.SeedDocument.ActivitySeed;
import org.stepahead.adapter.out.persistence.seeds.SeedDocument.CommunitySeed;
import org.stepahead.adapter.out.persistence.seeds.SeedDocument.DocumentSeed;
import org.stepahead.adapter.out.persistence.seeds.SeedDocument.ProgramSeed;
import org.stepahead.adapter.out.persistence.seeds.SeedImporter.Imported;
import org.stepahead.adapter.out.persistence.seeds.SeedImporter.ImportedProgram;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.in.membership.MembershipView;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramOverview.ActivityView;
import org.stepahead.application.port.in.program.ProgramOverview.ResultView;
import org.stepahead.application.port.in.program.ProgramOverview.StageView;
import org.stepahead.application.port.in.program.ProgramSummary;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.program.StageStatus;

/**
 * Asserts that what the read models return is the seed as written in its YAML, field by field, in order: the
 * community ({@code getCommunity}), the member register ({@code memberRegister}) and each program
 * ({@code programOverview}), freshly imported (no stage started, nothing assessed or measured); a program shows its
 * document's approval when the import approved it.
 */
final class SeedAssertions {

    private SeedAssertions() {}

    static void assertSeedIntact(StepAhead app, SeedDocument seed, Imported ids) {
        assertCommunity(seed, ids, app.getCommunity().get(ids.communityId()));
        assertMembers(app, seed, ids);
        List<ProgramSummary> programs = app.listPrograms().programsOf(ids.communityId());
        assertThat(programs)
                .extracting(ProgramSummary::id)
                .containsExactlyInAnyOrderElementsOf(ids.programs().values().stream()
                        .map(ImportedProgram::id)
                        .toList());
        for (ProgramSeed p : seed.programs()) {
            assertProgram(
                    seed,
                    p,
                    ids,
                    app.programOverview().overview(ids.program(p.key()).id()));
        }
    }

    static void assertCommunity(SeedDocument seed, Imported ids, CommunityView view) {
        CommunitySeed c = seed.community();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(view.id()).isEqualTo(ids.communityId());
        soft.assertThat(view.name()).as("name").isEqualTo(c.name());
        soft.assertThat(view.kind()).as("kind").isEqualTo(c.kind());
        soft.assertThat(view.level()).as("level").isEqualTo(c.level());
        soft.assertThat(view.coordinatingOrganizationId())
                .as("coordinating organization")
                .isEqualTo(ids.organization(c.coordinatingOrganization()));
        soft.assertThat(view.coordinatingOrganizationName())
                .as("coordinating organization's name")
                .isEqualTo(seed.organization(c.coordinatingOrganization()).name());
        soft.assertThat(view.foundingDocument()).as("founding document").isEqualTo(document(c.foundingDocument()));
        soft.assertThat(view.timeZone()).as("time zone").isEqualTo(c.timeZone());
        soft.assertThat(view.description()).as("description").isEqualTo(c.description());
        soft.assertThat(view.goal()).as("goal").isEqualTo(c.goal());
        soft.assertThat(view.tasks()).as("tasks").containsExactlyElementsOf(c.tasks());
        soft.assertThat(view.functions())
                .as("functions")
                .containsExactlyElementsOf(c.functions().stream()
                        .map(f -> new CommunityView.FunctionView(f.function(), f.description()))
                        .toList());
        soft.assertThat(view.principles()).as("principles").containsExactlyElementsOf(c.principles());
        soft.assertThat(view.directions())
                .as("directions")
                .containsExactlyElementsOf(c.directions().stream()
                        .map(d -> new CommunityView.DirectionView(d.title(), d.items()))
                        .toList());
        soft.assertThat(view.forms()).as("forms").containsExactlyElementsOf(c.forms());
        soft.assertThat(view.rights()).as("rights").containsExactlyElementsOf(c.rights());
        soft.assertThat(view.partners())
                .as("partners")
                .containsExactlyElementsOf(c.partners().stream()
                        .map(x -> new CommunityView.PartnerView(
                                ids.organization(x.organization()),
                                seed.organization(x.organization()).name(),
                                x.role(),
                                x.theme(),
                                document(x.basis())))
                        .toList());
        soft.assertThat(view.tutorFunctions())
                .as("tutor functions")
                .containsExactlyElementsOf(c.tutorFunctions().stream()
                        .map(t -> new CommunityView.TutorFunctionView(t.function(), t.description()))
                        .toList());
        soft.assertAll();
    }

    static void assertMembers(StepAhead app, SeedDocument seed, Imported ids) {
        Page<MemberRegisterItem> register = app.memberRegister()
                .register(new MemberRegisterQuery(ids.communityId(), null, null, null, false, 0, 500));
        assertThat(register.total())
                .as("members in the register")
                .isEqualTo(seed.members().size());
        assertThat(register.items()).hasSize(seed.members().size());
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < seed.members().size(); i++) {
            SeedDocument.MemberSeed m = seed.members().get(i);
            SeedDocument.EducatorSeed e = seed.educator(m.educator());
            MembershipId membershipId = ids.memberships().get(i);
            MemberRegisterItem item = register.items().stream()
                    .filter(x -> x.membershipId().equals(membershipId))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Not in the register: " + e.fullName()));
            soft.assertThat(item.educatorId()).isEqualTo(ids.educator(m.educator()));
            soft.assertThat(item.fullName()).as("full name").isEqualTo(e.fullName());
            soft.assertThat(item.surname()).isEqualTo(e.surname());
            soft.assertThat(item.givenName()).isEqualTo(e.givenName());
            soft.assertThat(item.patronymic()).isEqualTo(e.patronymic());
            soft.assertThat(item.experience()).isEqualTo(e.experience());
            soft.assertThat(item.organizationId()).isEqualTo(ids.organization(e.organization()));
            soft.assertThat(item.organizationName())
                    .isEqualTo(
                            e.organization() == null
                                    ? null
                                    : seed.organization(e.organization()).name());
            soft.assertThat(item.roles()).containsExactlyInAnyOrderElementsOf(m.roles());
            soft.assertThat(item.joinedOn()).isEqualTo(m.joinedOn());
            soft.assertThat(item.leftOn()).isNull();

            MembershipView membership = app.getMembership().membership(item.membershipId());
            soft.assertThat(membership.communityId()).isEqualTo(ids.communityId());
            soft.assertThat(membership.consentGivenOn()).as("consent given on").isEqualTo(m.consentGivenOn());
            soft.assertThat(membership.consentBasis()).as("consent basis").isEqualTo(m.consentBasis());
            soft.assertThat(membership.admissionBasis()).as("admission basis").isEqualTo(m.admissionBasis());
            soft.assertThat(membership.tutors()).isEmpty();
        }
        soft.assertAll();
    }

    static void assertProgram(SeedDocument seed, ProgramSeed p, Imported ids, ProgramOverview view) {
        ImportedProgram pid = ids.program(p.key());
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(view.id()).isEqualTo(pid.id());
        soft.assertThat(view.communityId()).isEqualTo(ids.communityId());
        soft.assertThat(view.communityName()).isEqualTo(seed.community().name());
        soft.assertThat(view.kind()).as("kind").isEqualTo(p.kind());
        soft.assertThat(view.title()).as("title").isEqualTo(p.title());
        soft.assertThat(view.summary()).as("summary").isEqualTo(p.summary());
        soft.assertThat(view.goal()).as("goal").isEqualTo(p.goal());
        soft.assertThat(view.tasks())
                .as("tasks, numbered in order")
                .containsExactlyElementsOf(IntStream.range(0, p.tasks().size())
                        .mapToObj(i ->
                                new ProgramOverview.TaskView(i + 1, p.tasks().get(i)))
                        .toList());
        soft.assertThat(view.periodStart())
                .as("period start")
                .isEqualTo(p.period().start());
        soft.assertThat(view.periodEnd()).as("period end").isEqualTo(p.period().end());
        soft.assertThat(view.status())
                .as("status")
                .isEqualTo(pid.approved() ? ProgramStatus.APPROVED : ProgramStatus.DRAFT);
        soft.assertThat(view.approval()).as("approval").isEqualTo(pid.approved() ? approval(p.approval()) : null);

        soft.assertThat(view.stages()).as("stages").hasSize(p.stages().size());
        for (int i = 0; i < Math.min(p.stages().size(), view.stages().size()); i++) {
            SeedDocument.StageSeed s = p.stages().get(i);
            StageView v = view.stages().get(i);
            String as = "stage " + s.name();
            soft.assertThat(v.id()).as(as).isEqualTo(pid.stage(s.key()));
            soft.assertThat(v.number()).as(as + " number").isEqualTo(i + 1);
            soft.assertThat(v.name()).as(as + " name").isEqualTo(s.name());
            soft.assertThat(v.kind()).as(as + " kind").isEqualTo(s.kind());
            soft.assertThat(v.periodStart())
                    .as(as + " start")
                    .isEqualTo(s.period().start());
            soft.assertThat(v.periodEnd()).as(as + " end").isEqualTo(s.period().end());
            soft.assertThat(v.description()).as(as + " description").isEqualTo(s.description());
            soft.assertThat(v.status()).as(as + " status").isEqualTo(StageStatus.PLANNED);
            soft.assertThat(v.startedOn()).as(as + " started").isNull();
            soft.assertThat(v.closedOn()).as(as + " closed").isNull();
            soft.assertThat(v.activities())
                    .as(as + " activities")
                    .containsExactlyElementsOf(activities(p, ids, s.key()));
            soft.assertThat(v.results()).as(as + " results").containsExactlyElementsOf(results(p, pid, s.key()));
        }
        soft.assertThat(view.activitiesWithoutStage())
                .as("activities of no stage")
                .containsExactlyElementsOf(activities(p, ids, null));
        soft.assertThat(view.resultsWithoutStage())
                .as("results of no stage")
                .containsExactlyElementsOf(results(p, pid, null));
        soft.assertThat(view.directions())
                .as("directions")
                .containsExactlyElementsOf(p.directions().stream()
                        .map(d -> new ProgramOverview.DirectionView(pid.direction(d.key()), d.code(), d.title()))
                        .toList());

        soft.assertThat(view.indicators())
                .as("indicators")
                .hasSize(p.indicators().size());
        for (int i = 0; i < Math.min(p.indicators().size(), view.indicators().size()); i++) {
            SeedDocument.IndicatorSeed expected = p.indicators().get(i);
            ProgramOverview.IndicatorView v = view.indicators().get(i);
            String as = "indicator " + expected.name();
            soft.assertThat(v.id()).as(as).isEqualTo(pid.indicators().get(i));
            soft.assertThat(v.name()).as(as + " name").isEqualTo(expected.name());
            soft.assertThat(v.unit()).as(as + " unit").isEqualTo(expected.unit());
            assertNumber(soft, v.baseline(), expected.baseline(), as + " baseline");
            assertNumber(soft, v.target(), expected.target(), as + " target");
            soft.assertThat(v.direction()).as(as + " direction").isEqualTo(expected.direction());
            soft.assertThat(v.measurements()).as(as + " measurements").isEmpty();
            soft.assertThat(v.progress()).as(as + " progress").isNull();
        }
        soft.assertAll();
    }

    private static void assertNumber(
            SoftAssertions soft, java.math.BigDecimal actual, java.math.BigDecimal expected, String as) {
        if (expected == null) {
            soft.assertThat(actual).as(as).isNull();
        } else {
            soft.assertThat(actual).as(as).isEqualByComparingTo(expected);
        }
    }

    /** The activities of a stage (null: of no stage) as the overview should show them, in the seed's order. */
    static List<ActivityView> activities(ProgramSeed p, Imported ids, String stageKey) {
        return IntStream.range(0, p.activities().size())
                .filter(i -> Objects.equals(p.activities().get(i).stage(), stageKey))
                .mapToObj(i -> activity(p, ids, p.activities().get(i), i))
                .toList();
    }

    private static ActivityView activity(ProgramSeed p, Imported ids, ActivitySeed a, int index) {
        ImportedProgram pid = ids.program(p.key());
        return new ActivityView(
                pid.activities().get(index),
                a.number(),
                a.title(),
                a.description(),
                pid.direction(a.direction()),
                a.direction() == null ? null : p.direction(a.direction()).title(),
                pid.stage(a.stage()),
                a.forms(),
                a.schedule() == null ? null : a.schedule().toSchedule(p.year()),
                a.responsible().stream()
                        .map(r -> new ProgramOverview.ResponsibleView(
                                r.name(), ids.organization(r.organization()), ids.educator(r.educator())))
                        .toList(),
                a.tutorFunctions());
    }

    /** The results of a stage (null: of the whole program), unassessed, in the seed's order. */
    static List<ResultView> results(ProgramSeed p, ImportedProgram pid, String stageKey) {
        return IntStream.range(0, p.results().size())
                .filter(i -> Objects.equals(p.results().get(i).stage(), stageKey))
                .mapToObj(i -> {
                    SeedDocument.ResultSeed r = p.results().get(i);
                    return new ResultView(
                            pid.results().get(i),
                            r.text(),
                            r.details(),
                            r.kind(),
                            pid.stage(r.stage()),
                            null,
                            null,
                            null,
                            List.of());
                })
                .toList();
    }

    private static ProgramOverview.ApprovalView approval(SeedDocument.ApprovalSeed a) {
        if (a == null) {
            return null;
        }
        return new ProgramOverview.ApprovalView(
                a.approvedBy().position(),
                a.approvedBy().name(),
                a.approvedOn(),
                a.order() == null ? null : a.order().title(),
                a.order() == null ? null : a.order().number(),
                a.order() == null ? null : a.order().date(),
                a.agreedBy().stream()
                        .map(o -> new ProgramOverview.OfficialView(o.position(), o.name()))
                        .toList());
    }

    private static CommunityView.DocumentView document(DocumentSeed d) {
        return d == null ? null : new CommunityView.DocumentView(d.title(), d.number(), d.date());
    }
}
