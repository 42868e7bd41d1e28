package org.stepahead.application.service.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.educator.EducatorView;
import org.stepahead.application.port.in.educator.GetEducatorUseCase;
import org.stepahead.application.port.in.event.CommunityEventsQuery;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.GetCommunityEventsUseCase;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.GetMembershipUseCase;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.in.membership.MembershipView;
import org.stepahead.application.port.in.organization.GetOrganizationUseCase;
import org.stepahead.application.port.in.organization.OrganizationView;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramSummary;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.CommunityDocument.ActivityData;
import org.stepahead.application.port.in.transfer.CommunityDocument.AgendaData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ApprovalData;
import org.stepahead.application.port.in.transfer.CommunityDocument.AssessmentData;
import org.stepahead.application.port.in.transfer.CommunityDocument.AttendanceData;
import org.stepahead.application.port.in.transfer.CommunityDocument.CommunityData;
import org.stepahead.application.port.in.transfer.CommunityDocument.DayOffData;
import org.stepahead.application.port.in.transfer.CommunityDocument.DirectionData;
import org.stepahead.application.port.in.transfer.CommunityDocument.DocumentData;
import org.stepahead.application.port.in.transfer.CommunityDocument.EducatorData;
import org.stepahead.application.port.in.transfer.CommunityDocument.EventData;
import org.stepahead.application.port.in.transfer.CommunityDocument.EvidenceData;
import org.stepahead.application.port.in.transfer.CommunityDocument.FunctionData;
import org.stepahead.application.port.in.transfer.CommunityDocument.GuestData;
import org.stepahead.application.port.in.transfer.CommunityDocument.IndicatorData;
import org.stepahead.application.port.in.transfer.CommunityDocument.MeasurementData;
import org.stepahead.application.port.in.transfer.CommunityDocument.MemberData;
import org.stepahead.application.port.in.transfer.CommunityDocument.MinutesData;
import org.stepahead.application.port.in.transfer.CommunityDocument.OfficialData;
import org.stepahead.application.port.in.transfer.CommunityDocument.OrganizationData;
import org.stepahead.application.port.in.transfer.CommunityDocument.PartnerData;
import org.stepahead.application.port.in.transfer.CommunityDocument.PeriodData;
import org.stepahead.application.port.in.transfer.CommunityDocument.PresenceData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ProgramData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ResponsibleData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ResultData;
import org.stepahead.application.port.in.transfer.CommunityDocument.StageData;
import org.stepahead.application.port.in.transfer.CommunityDocument.TutorFunctionData;
import org.stepahead.application.port.in.transfer.CommunityDocument.TutorLinkData;
import org.stepahead.application.port.in.transfer.CommunityDocument.WorkDirectionData;
import org.stepahead.application.port.in.transfer.ExportCommunityUseCase;
import org.stepahead.application.port.in.transfer.ScheduleData;
import org.stepahead.application.port.out.ImportedDocument;
import org.stepahead.application.port.out.ImportedDocumentRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.organization.OrganizationId;

/**
 * Service: reads a whole community through the incoming ports into a {@link CommunityDocument} inside one unit of
 * work (the reads join it, so the document is one consistent view), giving every entry a key (o1, e1, m1, p1, p1s1,
 * p1d1, p1a1 …) that the others refer to. The document's own key is the one the community was imported with, else
 * {@code community:<id>}, so that importing an export into the storage it came from changes nothing.
 */
public record ExportCommunityService(UseCaseRunner runner, ImportedDocumentRepository imported, UseCases useCases)
        implements ExportCommunityUseCase {

    /** The reads an export goes through. */
    public record UseCases(
            GetCommunityUseCase getCommunity,
            GetMemberRegisterUseCase memberRegister,
            GetMembershipUseCase getMembership,
            ListProgramsUseCase listPrograms,
            GetProgramOverviewUseCase programOverview,
            GetCommunityEventsUseCase communityEvents,
            GetEducatorUseCase getEducator,
            GetOrganizationUseCase getOrganization) {}

    @Override
    public CommunityDocument export(CommunityId communityId) {
        return runner.query(
                communityId,
                id -> new Export(useCases)
                        .export(id)
                        .withKey(imported.findByCommunity(id)
                                .map(ImportedDocument::key)
                                .orElse(ImportCommunityService.COMMUNITY_KEY + id.value())));
    }

    /** One export: the keys handed out so far. */
    private static final class Export {

        private static final int PAGE = 500;

        private final UseCases app;
        private final Map<OrganizationId, String> organizationKeys = new LinkedHashMap<>();
        private final List<OrganizationData> organizations = new ArrayList<>();
        private final Map<EducatorId, String> educatorKeys = new LinkedHashMap<>();
        private final List<EducatorData> educators = new ArrayList<>();

        Export(UseCases app) {
            this.app = app;
        }

        CommunityDocument export(CommunityId communityId) {
            CommunityView c = app.getCommunity().get(communityId);
            String coordinating = organization(c.coordinatingOrganizationId());
            List<PartnerData> partners = c.partners().stream()
                    .map(p ->
                            new PartnerData(organization(p.organizationId()), p.role(), p.theme(), document(p.basis())))
                    .toList();
            CommunityData community = new CommunityData(
                    c.name(),
                    c.kind(),
                    c.level(),
                    coordinating,
                    document(c.foundingDocument()),
                    c.timeZone(),
                    c.description(),
                    c.goal(),
                    c.tasks(),
                    c.functions().stream()
                            .map(f -> new FunctionData(f.function(), f.description()))
                            .toList(),
                    c.principles(),
                    c.directions().stream()
                            .map(d -> new WorkDirectionData(d.title(), d.items()))
                            .toList(),
                    c.forms(),
                    c.rights(),
                    partners,
                    c.tutorFunctions().stream()
                            .map(t -> new TutorFunctionData(t.function(), t.description()))
                            .toList(),
                    c.daysOff().stream()
                            .map(d -> new DayOffData(d.from(), d.to(), d.reason()))
                            .toList());

            List<MemberRegisterItem> register = new ArrayList<>();
            for (int page = 0; ; page++) {
                Page<MemberRegisterItem> items = app.memberRegister()
                        .register(new MemberRegisterQuery(communityId, null, null, null, true, page, PAGE));
                register.addAll(items.items());
                if (page + 1 >= items.totalPages()) {
                    break;
                }
            }
            Map<MembershipId, String> memberKeys = new LinkedHashMap<>();
            for (MemberRegisterItem item : register) {
                educator(item.educatorId());
                memberKeys.put(item.membershipId(), "m" + (memberKeys.size() + 1));
            }
            List<MemberData> members = new ArrayList<>();
            for (MemberRegisterItem item : register) {
                MembershipView m = app.getMembership().membership(item.membershipId());
                members.add(new MemberData(
                        memberKeys.get(m.id()),
                        educatorKeys.get(m.educatorId()),
                        m.roles(),
                        m.joinedOn(),
                        m.consentGivenOn(),
                        m.consentBasis(),
                        m.admissionBasis(),
                        m.tutors().stream()
                                .map(t -> new TutorLinkData(
                                        memberKeys.get(t.tutorId()), t.functions(), t.since(), t.until()))
                                .toList(),
                        m.leftOn()));
            }

            List<ProgramData> programs = new ArrayList<>();
            Map<Object, String> programKeys = new LinkedHashMap<>();
            Map<Object, String> activityKeys = new LinkedHashMap<>();
            for (ProgramSummary summary : app.listPrograms().programsOf(communityId)) {
                ProgramOverview o = app.programOverview().overview(summary.id());
                String programKey = "p" + (programKeys.size() + 1);
                programKeys.put(o.id(), programKey);
                programs.add(program(o, programKey, activityKeys));
            }

            List<EventData> events = new ArrayList<>();
            for (EventView e : app.communityEvents()
                    .events(new CommunityEventsQuery(communityId, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))) {
                events.add(new EventData(
                        e.programId() == null ? null : programKeys.get(e.programId()),
                        e.activityId() == null ? null : activityKeys.get(e.activityId()),
                        e.title(),
                        e.form(),
                        e.date(),
                        e.startsAt(),
                        e.endsAt(),
                        e.place(),
                        e.facilitators(),
                        attendance(e, memberKeys),
                        e.minutes() == null
                                ? null
                                : new MinutesData(
                                        e.minutes().number(),
                                        e.minutes().date(),
                                        e.minutes().chair(),
                                        e.minutes().secretary(),
                                        e.minutes().agenda().stream()
                                                .map(a -> new AgendaData(a.topic(), a.heard(), a.spoke(), a.decided()))
                                                .toList())));
            }
            return new CommunityDocument(null, organizations, educators, community, members, programs, events);
        }

        private static AttendanceData attendance(EventView e, Map<MembershipId, String> memberKeys) {
            if (e.attendance().isEmpty()) {
                return null;
            }
            List<PresenceData> present = new ArrayList<>();
            List<GuestData> guests = new ArrayList<>();
            for (EventView.AttendanceView line : e.attendance()) {
                if (line.membershipId() != null) {
                    present.add(new PresenceData(memberKeys.get(line.membershipId()), line.present()));
                } else {
                    guests.add(new GuestData(line.guestName(), line.guestOrganization()));
                }
            }
            return new AttendanceData(present, guests);
        }

        private ProgramData program(ProgramOverview o, String programKey, Map<Object, String> activityKeys) {
            Map<Object, String> stageKeys = keys(o.stages(), ProgramOverview.StageView::id, programKey + "s");
            Map<Object, String> directionKeys =
                    keys(o.directions(), ProgramOverview.DirectionView::id, programKey + "d");
            List<StageData> stages = o.stages().stream()
                    .map(s -> new StageData(
                            stageKeys.get(s.id()),
                            s.name(),
                            s.kind(),
                            new PeriodData(s.periodStart(), s.periodEnd()),
                            s.description(),
                            s.startedOn(),
                            s.closedOn()))
                    .toList();
            List<DirectionData> directions = o.directions().stream()
                    .map(d -> new DirectionData(directionKeys.get(d.id()), d.code(), d.title()))
                    .toList();
            List<ProgramOverview.ActivityView> allActivities = new ArrayList<>();
            List<ProgramOverview.ResultView> allResults = new ArrayList<>();
            o.stages().forEach(s -> {
                allActivities.addAll(s.activities());
                allResults.addAll(s.results());
            });
            allActivities.addAll(o.activitiesWithoutStage());
            allResults.addAll(o.resultsWithoutStage());
            List<ActivityData> activities = new ArrayList<>();
            for (int i = 0; i < allActivities.size(); i++) {
                activityKeys.put(allActivities.get(i).id(), programKey + "a" + (i + 1));
            }
            for (ProgramOverview.ActivityView a : allActivities) {
                activities.add(new ActivityData(
                        activityKeys.get(a.id()),
                        a.number(),
                        a.title(),
                        a.description(),
                        a.directionId() == null ? null : directionKeys.get(a.directionId()),
                        a.stageId() == null ? null : stageKeys.get(a.stageId()),
                        a.forms(),
                        a.schedule() == null ? null : ScheduleData.of(a.schedule()),
                        a.responsible().stream()
                                .map(r -> new ResponsibleData(
                                        r.name(),
                                        r.organizationId() == null ? null : organization(r.organizationId()),
                                        r.educatorId() == null ? null : educator(r.educatorId())))
                                .toList(),
                        a.tutorFunctions(),
                        a.formText(),
                        a.audience(),
                        a.output(),
                        a.parentId() == null ? null : activityKeys.get(a.parentId())));
            }
            List<ResultData> results = allResults.stream()
                    .map(r -> new ResultData(
                            r.text(),
                            r.details(),
                            r.kind(),
                            r.stageId() == null ? null : stageKeys.get(r.stageId()),
                            r.outcome() == null
                                    ? null
                                    : new AssessmentData(
                                            r.outcome(),
                                            r.assessedOn(),
                                            r.comment(),
                                            r.evidence().stream()
                                                    .map(e ->
                                                            new EvidenceData(e.kind(), e.description(), e.reference()))
                                                    .toList())))
                    .toList();
            List<IndicatorData> indicators = o.indicators().stream()
                    .map(i -> new IndicatorData(
                            i.name(),
                            i.unit(),
                            i.baseline(),
                            i.target(),
                            i.direction(),
                            i.measurements().stream()
                                    .map(m -> new MeasurementData(m.measuredOn(), m.value(), m.note()))
                                    .toList()))
                    .toList();
            ApprovalData approval = null;
            if (o.approval() != null) {
                ProgramOverview.ApprovalView a = o.approval();
                DocumentData order = a.orderTitle() == null && a.orderNumber() == null && a.orderDate() == null
                        ? null
                        : new DocumentData(a.orderTitle(), a.orderNumber(), a.orderDate());
                approval = new ApprovalData(
                        new OfficialData(a.approvedByPosition(), a.approvedByName()),
                        a.approvedOn(),
                        order,
                        a.agreedBy().stream()
                                .map(x -> new OfficialData(x.position(), x.name()))
                                .toList());
            }
            return new ProgramData(
                    programKey,
                    o.kind(),
                    o.title(),
                    o.summary(),
                    o.goal(),
                    o.tasks().stream().map(ProgramOverview.TaskView::text).toList(),
                    null,
                    new PeriodData(o.periodStart(), o.periodEnd()),
                    approval,
                    stages,
                    directions,
                    activities,
                    results,
                    indicators);
        }

        private static <T> Map<Object, String> keys(List<T> items, Function<T, Object> id, String prefix) {
            Map<Object, String> keys = new LinkedHashMap<>();
            for (T item : items) {
                keys.put(id.apply(item), prefix + (keys.size() + 1));
            }
            return keys;
        }

        /** The educator's key, adding the educator (read back whole) on first mention: members and responsible people. */
        private String educator(EducatorId id) {
            String key = educatorKeys.get(id);
            if (key == null) {
                EducatorView e = app.getEducator().get(id);
                key = "e" + (educatorKeys.size() + 1);
                educatorKeys.put(id, key);
                educators.add(new EducatorData(
                        key,
                        e.surname(),
                        e.givenName(),
                        e.patronymic(),
                        e.organizationId() == null ? null : organization(e.organizationId()),
                        e.position(),
                        e.experience(),
                        e.email()));
            }
            return key;
        }

        private String organization(OrganizationId id) {
            String key = organizationKeys.get(id);
            if (key == null) {
                OrganizationView o = app.getOrganization().get(id);
                key = "o" + (organizationKeys.size() + 1);
                organizationKeys.put(id, key);
                organizations.add(new OrganizationData(
                        key,
                        o.name(),
                        o.shortName(),
                        o.kind(),
                        o.municipality(),
                        o.lowResults() ? Boolean.TRUE : null,
                        o.hardSocialConditions() ? Boolean.TRUE : null));
            }
            return key;
        }

        private static DocumentData document(CommunityView.DocumentView d) {
            return d == null ? null : new DocumentData(d.title(), d.number(), d.date());
        }
    }
}
