package org.stepahead.adapter.out.persistence.seeds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepahead.adapter.out.persistence.seeds.SeedDocument.ActivitySeed;
import org.stepahead.adapter.out.persistence.seeds.SeedDocument.CommunitySeed;
import org.stepahead.adapter.out.persistence.seeds.SeedDocument.DocumentSeed;
import org.stepahead.adapter.out.persistence.seeds.SeedDocument.ProgramSeed;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DirectionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.FunctionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.PartnerInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.TutorFunctionInput;
import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.application.port.in.membership.AdmitMemberCommand;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.in.program.AddDirectionCommand;
import org.stepahead.application.port.in.program.AddExpectedResultCommand;
import org.stepahead.application.port.in.program.AddIndicatorCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand.OfficialInput;
import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.PlanActivityCommand;
import org.stepahead.application.port.in.program.PlanStageCommand;
import org.stepahead.application.port.in.program.ResponsibleInput;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.AcademicYear;

/**
 * Enters a seed document through the incoming ports only, in the order a coordinator would: register the
 * organizations and educators, found the community, admit the members, then for each program draft it, add its
 * stages, directions, activities, expected results and indicators, and approve it when the document shows an
 * approval. Returns the ids it created, by the seed's keys and in the seed's order.
 */
public final class SeedImporter {

    private final StepAhead app;

    /** An importer that approves each program whose document shows an approval. */
    public SeedImporter(StepAhead app) {
        this.app = app;
    }

    /** What an import created. */
    public record Imported(
            Map<String, OrganizationId> organizations,
            Map<String, EducatorId> educators,
            CommunityId communityId,
            List<MembershipId> memberships,
            Map<String, ImportedProgram> programs) {

        public OrganizationId organization(String key) {
            return key == null ? null : required(organizations, key, "organization");
        }

        public EducatorId educator(String key) {
            return key == null ? null : required(educators, key, "educator");
        }

        public ImportedProgram program(String key) {
            return required(programs, key, "program");
        }
    }

    /**
     * What an import created for one program; activities, results and indicators in the seed's order; whether it
     * was approved.
     */
    public record ImportedProgram(
            ProgramId id,
            boolean approved,
            Map<String, StageId> stages,
            Map<String, DirectionId> directions,
            List<ActivityId> activities,
            List<ExpectedResultId> results,
            List<IndicatorId> indicators) {

        public StageId stage(String key) {
            return key == null ? null : required(stages, key, "stage");
        }

        public DirectionId direction(String key) {
            return key == null ? null : required(directions, key, "direction");
        }
    }

    public Imported importSeed(SeedDocument seed) {
        Map<String, OrganizationId> organizations = new LinkedHashMap<>();
        for (SeedDocument.OrganizationSeed o : seed.organizations()) {
            OrganizationId id = app.registerOrganization()
                    .register(new RegisterOrganizationCommand(
                            o.name(),
                            o.shortName(),
                            o.kind(),
                            o.municipality(),
                            Boolean.TRUE.equals(o.lowResults()),
                            Boolean.TRUE.equals(o.hardSocialConditions())));
            putOnce(organizations, o.key(), id, "organization");
        }

        Map<String, EducatorId> educators = new LinkedHashMap<>();
        for (SeedDocument.EducatorSeed e : seed.educators()) {
            EducatorId id = app.registerEducator()
                    .register(new RegisterEducatorCommand(
                            e.surname(),
                            e.givenName(),
                            e.patronymic(),
                            e.organization() == null ? null : required(organizations, e.organization(), "organization"),
                            e.position(),
                            e.experience(),
                            e.email()));
            putOnce(educators, e.key(), id, "educator");
        }

        CommunityId communityId = app.foundCommunity().found(foundCommand(seed.community(), organizations));

        List<MembershipId> memberships = new ArrayList<>();
        for (SeedDocument.MemberSeed m : seed.members()) {
            memberships.add(app.admitMember()
                    .admit(new AdmitMemberCommand(
                            communityId,
                            required(educators, m.educator(), "educator"),
                            m.roles().isEmpty() ? null : EnumSet.copyOf(m.roles()),
                            m.joinedOn(),
                            m.consentGivenOn(),
                            m.consentBasis(),
                            m.admissionBasis())));
        }

        Map<String, ImportedProgram> programs = new LinkedHashMap<>();
        for (ProgramSeed p : seed.programs()) {
            putOnce(programs, p.key(), importProgram(p, communityId, organizations, educators), "program");
        }
        return new Imported(
                Collections.unmodifiableMap(organizations),
                Collections.unmodifiableMap(educators),
                communityId,
                List.copyOf(memberships),
                Collections.unmodifiableMap(programs));
    }

    private static FoundCommunityCommand foundCommand(CommunitySeed c, Map<String, OrganizationId> organizations) {
        return new FoundCommunityCommand(
                c.name(),
                c.kind(),
                c.level(),
                required(organizations, c.coordinatingOrganization(), "organization"),
                document(c.foundingDocument()),
                c.timeZone(),
                new ProfileInput(
                        c.description(),
                        c.goal(),
                        c.tasks(),
                        c.functions().stream()
                                .map(f -> new FunctionInput(f.function(), f.description()))
                                .toList(),
                        c.principles(),
                        c.directions().stream()
                                .map(d -> new DirectionInput(d.title(), d.items()))
                                .toList(),
                        c.forms(),
                        c.rights(),
                        c.partners().stream()
                                .map(x -> new PartnerInput(
                                        required(organizations, x.organization(), "organization"),
                                        x.role(),
                                        x.theme(),
                                        document(x.basis())))
                                .toList(),
                        c.tutorFunctions().stream()
                                .map(t -> new TutorFunctionInput(t.function(), t.description()))
                                .toList()));
    }

    private ImportedProgram importProgram(
            ProgramSeed p,
            CommunityId communityId,
            Map<String, OrganizationId> organizations,
            Map<String, EducatorId> educators) {
        ProgramId programId = app.draftProgram()
                .draft(new DraftProgramCommand(
                        communityId,
                        p.kind(),
                        p.title(),
                        p.summary(),
                        p.goal(),
                        p.tasks(),
                        p.period().start(),
                        p.period().end()));

        Map<String, StageId> stages = new LinkedHashMap<>();
        for (SeedDocument.StageSeed s : p.stages()) {
            StageId id = app.planStage()
                    .addStage(new PlanStageCommand(
                            programId,
                            s.name(),
                            s.kind(),
                            s.period().start(),
                            s.period().end(),
                            s.description(),
                            null));
            putOnce(stages, s.key(), id, "stage");
        }

        Map<String, DirectionId> directions = new LinkedHashMap<>();
        for (SeedDocument.DirectionSeed d : p.directions()) {
            DirectionId id =
                    app.addDirection().addDirection(new AddDirectionCommand(programId, d.code(), d.title(), null));
            putOnce(directions, d.key(), id, "direction");
        }

        AcademicYear year = p.year();
        List<ActivityId> activities = new ArrayList<>();
        for (ActivitySeed a : p.activities()) {
            activities.add(app.planActivity()
                    .planActivity(new PlanActivityCommand(
                            programId,
                            a.number(),
                            a.title(),
                            a.description(),
                            a.direction() == null ? null : required(directions, a.direction(), "direction"),
                            a.stage() == null ? null : required(stages, a.stage(), "stage"),
                            a.forms(),
                            a.schedule() == null ? null : a.schedule().toSchedule(year),
                            a.responsible().stream()
                                    .map(r -> new ResponsibleInput(
                                            r.name(),
                                            r.organization() == null
                                                    ? null
                                                    : required(organizations, r.organization(), "organization"),
                                            r.educator() == null
                                                    ? null
                                                    : required(educators, r.educator(), "educator")))
                                    .toList(),
                            a.tutorFunctions(),
                            null)));
        }

        List<ExpectedResultId> results = new ArrayList<>();
        for (SeedDocument.ResultSeed r : p.results()) {
            results.add(app.addExpectedResult()
                    .addExpectedResult(new AddExpectedResultCommand(
                            programId,
                            r.text(),
                            r.details(),
                            r.kind(),
                            r.stage() == null ? null : required(stages, r.stage(), "stage"),
                            null)));
        }

        List<IndicatorId> indicators = new ArrayList<>();
        for (SeedDocument.IndicatorSeed i : p.indicators()) {
            indicators.add(app.addIndicator()
                    .addIndicator(new AddIndicatorCommand(
                            programId, i.name(), i.unit(), i.baseline(), i.target(), i.direction(), null)));
        }

        boolean approved = p.approval() != null;
        if (approved) {
            SeedDocument.ApprovalSeed a = p.approval();
            DocumentSeed order = a.order();
            app.approveProgram()
                    .approve(new ApproveProgramCommand(
                            programId,
                            new OfficialInput(
                                    a.approvedBy().position(), a.approvedBy().name()),
                            a.approvedOn(),
                            order == null ? null : order.title(),
                            order == null ? null : order.number(),
                            order == null ? null : order.date(),
                            a.agreedBy().stream()
                                    .map(o -> new OfficialInput(o.position(), o.name()))
                                    .toList(),
                            null));
        }

        return new ImportedProgram(
                programId,
                approved,
                Collections.unmodifiableMap(stages),
                Collections.unmodifiableMap(directions),
                List.copyOf(activities),
                List.copyOf(results),
                List.copyOf(indicators));
    }

    private static DocumentInput document(DocumentSeed d) {
        return d == null ? null : new DocumentInput(d.title(), d.number(), d.date());
    }

    private static <V> void putOnce(Map<String, V> map, String key, V value, String what) {
        if (key == null || map.putIfAbsent(key, value) != null) {
            throw new IllegalArgumentException("The seed gives a " + what + " no key or a key twice: " + key);
        }
    }

    private static <V> V required(Map<String, V> map, String key, String what) {
        V value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("The seed names an unknown " + what + ": " + key);
        }
        return value;
    }
}
