package org.stepahead.application.service.transfer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.community.AddDaysOffCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DirectionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.FunctionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.PartnerInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.TutorFunctionInput;
import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.application.port.in.event.RecordAttendanceCommand;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.GuestInput;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.MemberPresence;
import org.stepahead.application.port.in.event.RecordMinutesCommand;
import org.stepahead.application.port.in.event.RecordMinutesCommand.AgendaItemInput;
import org.stepahead.application.port.in.event.ScheduleEventCommand;
import org.stepahead.application.port.in.membership.AdmitMemberCommand;
import org.stepahead.application.port.in.membership.EndTutoringCommand;
import org.stepahead.application.port.in.membership.LeaveCommunityCommand;
import org.stepahead.application.port.in.membership.LinkTutorCommand;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.in.program.AddDirectionCommand;
import org.stepahead.application.port.in.program.AddExpectedResultCommand;
import org.stepahead.application.port.in.program.AddIndicatorCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand.OfficialInput;
import org.stepahead.application.port.in.program.AssessResultCommand;
import org.stepahead.application.port.in.program.AssessResultCommand.EvidenceInput;
import org.stepahead.application.port.in.program.CloseStageCommand;
import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.PlanActivityCommand;
import org.stepahead.application.port.in.program.PlanStageCommand;
import org.stepahead.application.port.in.program.RecordMeasurementCommand;
import org.stepahead.application.port.in.program.ResponsibleInput;
import org.stepahead.application.port.in.program.ReviseActivityCommand;
import org.stepahead.application.port.in.program.StartStageCommand;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.CommunityDocument.ActivityData;
import org.stepahead.application.port.in.transfer.CommunityDocument.CommunityData;
import org.stepahead.application.port.in.transfer.CommunityDocument.DayOffData;
import org.stepahead.application.port.in.transfer.CommunityDocument.DocumentData;
import org.stepahead.application.port.in.transfer.CommunityDocument.EducatorData;
import org.stepahead.application.port.in.transfer.CommunityDocument.EventData;
import org.stepahead.application.port.in.transfer.CommunityDocument.IndicatorData;
import org.stepahead.application.port.in.transfer.CommunityDocument.MemberData;
import org.stepahead.application.port.in.transfer.CommunityDocument.OrganizationData;
import org.stepahead.application.port.in.transfer.CommunityDocument.PeriodData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ProgramData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ResultData;
import org.stepahead.application.port.in.transfer.CommunityDocument.StageData;
import org.stepahead.application.port.in.transfer.CommunityDocument.TutorLinkData;
import org.stepahead.application.port.in.transfer.ImportRefusedException;
import org.stepahead.application.port.in.transfer.ImportRefusedException.Problem;
import org.stepahead.application.port.in.transfer.ImportReport;
import org.stepahead.application.port.in.transfer.ImportWarning;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.AcademicYear;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.TutorFunction;

/**
 * One import of a community document through the incoming ports, in the order a coordinator would: organizations,
 * educators, the community, members and their tutors, then each program (plan, approval, measurements, its events,
 * then its stages run in order with their results assessed), then standalone events, finally members who left.
 * Every entry goes through its use case, so through the aggregates' factories and methods and every rule; every
 * failure names the path of the entry inside the document. The caller runs it inside one unit of work.
 */
final class CommunityImport {

    /** The most problems one refusal reports; the import stops looking after them. */
    static final int MOST_PROBLEMS = 100;

    private final ImportUseCases app;
    private final List<ImportRefusedException> problems = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<OrganizationId> organizationIds = new ArrayList<>();
    private final List<EducatorId> educatorIds = new ArrayList<>();
    private final List<ProgramId> programIds = new ArrayList<>();
    private final List<EventId> eventIds = new ArrayList<>();

    private final Map<String, OrganizationId> organizations = new HashMap<>();
    private final Map<String, EducatorId> educators = new HashMap<>();
    private final Map<String, MembershipId> members = new HashMap<>();
    private final Map<String, ProgramRefs> programs = new HashMap<>();
    private final Map<ProgramId, List<ExpectedResultId>> pendingResults = new HashMap<>();

    /** The ids of one program's parts by their keys. */
    private record ProgramRefs(
            ProgramId id,
            Map<String, StageId> stages,
            Map<String, DirectionId> directions,
            Map<String, ActivityId> activities) {}

    CommunityImport(ImportUseCases app) {
        this.app = app;
    }

    /**
     * Enters the document, or refuses it with every problem found (at most {@value #MOST_PROBLEMS}): an entry that is
     * refused is reported and left out, and the import goes on with the next one, so that one run names everything
     * to fix; entries that refer to a refused one are passed over without a second report.
     */
    ImportReport run(CommunityDocument document, String documentKey, boolean dryRun) {
        ImportReport report = null;
        try {
            report = enter(document, documentKey, dryRun);
        } catch (TooManyProblems stop) {
            // the problems found so far are reported below
        }
        if (problems.isEmpty() && report != null) {
            return report;
        }
        throw ImportRefusedException.of(problems);
    }

    private ImportReport enter(CommunityDocument document, String documentKey, boolean dryRun) {
        enterEach(
                document.organizations(),
                "organizations",
                OrganizationData::key,
                organizations,
                organizationIds,
                (o, at) -> app.registerOrganization()
                        .register(new RegisterOrganizationCommand(
                                o.name(),
                                o.shortName(),
                                o.kind(),
                                o.municipality(),
                                Boolean.TRUE.equals(o.lowResults()),
                                Boolean.TRUE.equals(o.hardSocialConditions()))));
        enterEach(
                document.educators(),
                "educators",
                EducatorData::key,
                educators,
                educatorIds,
                (e, at) -> app.registerEducator()
                        .register(new RegisterEducatorCommand(
                                e.surname(),
                                e.givenName(),
                                e.patronymic(),
                                ref(organizations, e.organization(), at + ".organization"),
                                e.position(),
                                e.experience(),
                                e.email())));

        CommunityData communityData = document.community();
        if (communityData == null) {
            if (document.organizations().isEmpty()
                    || document.organizations().get(0).key() == null) {
                problem(new ImportRefusedException("community", Problem.REQUIRED));
                return null;
            }
            communityData =
                    CommunityData.placeholderFor(document.organizations().get(0));
            warnings.add(new ImportWarning("community", ImportWarning.PLACEHOLDER_COMMUNITY, communityData.name()));
        }
        CommunityData founding = communityData;
        CommunityId communityId = step("community", () -> app.foundCommunity().found(found(founding)));
        if (communityId == null) {
            return null;
        }
        for (int i = 0; i < founding.daysOff().size(); i++) {
            DayOffData d = founding.daysOff().get(i);
            step(
                    "community.daysOff[" + i + "]",
                    () -> app.addDaysOff()
                            .addDaysOff(new AddDaysOffCommand(communityId, d.from(), d.to(), d.reason(), null)));
        }

        List<MemberData> memberList = document.members();
        List<MembershipId> admitted = new ArrayList<>();
        enterEach(
                memberList,
                "members",
                MemberData::key,
                members,
                admitted,
                (m, at) -> app.admitMember()
                        .admit(new AdmitMemberCommand(
                                communityId,
                                required(educators, m.educator(), at + ".educator"),
                                m.roles().isEmpty() ? null : EnumSet.copyOf(m.roles()),
                                m.joinedOn(),
                                m.consentGivenOn(),
                                m.consentBasis(),
                                m.admissionBasis())));
        for (int i = 0; i < memberList.size(); i++) {
            MemberData m = memberList.get(i);
            MembershipId tutee = admitted.get(i);
            for (int j = 0; j < m.tutors().size() && tutee != null; j++) {
                TutorLinkData link = m.tutors().get(j);
                String at = "members[" + i + "].tutors[" + j + "]";
                step(at, () -> {
                    MembershipId tutor = required(members, link.tutor(), at + ".tutor");
                    app.linkTutor().link(new LinkTutorCommand(tutee, tutor, functions(link.functions()), link.since()));
                    if (link.until() != null) {
                        app.endTutoring().end(new EndTutoringCommand(tutee, tutor, link.until()));
                    }
                    return null;
                });
            }
        }
        List<ProgramData> programList = document.programs();
        List<EventData> events = document.events();
        for (int i = 0; i < programList.size(); i++) {
            ProgramData p = programList.get(i);
            String at = "programs[" + i + "]";
            int problemsBefore = problems.size();
            ProgramRefs refs = plan(p, communityId, at);
            keep(programs, p.key(), refs, at);
            if (refs == null) {
                continue;
            }
            programIds.add(refs.id());
            for (int e = 0; e < events.size(); e++) {
                if (p.key() != null && p.key().equals(events.get(e).program())) {
                    schedule(events.get(e), communityId, "events[" + e + "]");
                }
            }
            if (problems.size() == problemsBefore) {
                runStages(p, refs, at); // a plan with refused parts would refuse its run for their sake
            }
        }
        for (int e = 0; e < events.size(); e++) {
            EventData event = events.get(e);
            if (event.program() == null) {
                schedule(event, communityId, "events[" + e + "]");
            } else if (!programs.containsKey(event.program())) {
                problem(new ImportRefusedException("events[" + e + "].program", Problem.UNKNOWN_KEY, event.program()));
            }
        }
        for (int i = 0; i < memberList.size(); i++) {
            MemberData m = memberList.get(i);
            MembershipId membership = admitted.get(i);
            if (m.leftOn() != null && membership != null) {
                step("members[" + i + "].leftOn", () -> {
                    app.leaveCommunity().leave(new LeaveCommunityCommand(membership, m.leftOn(), null));
                    return null;
                });
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ImportReport(
                dryRun,
                documentKey,
                false,
                communityId,
                organizationIds,
                educatorIds,
                admitted,
                programIds,
                eventIds,
                warnings);
    }

    private FoundCommunityCommand found(CommunityData c) {
        List<PartnerInput> partners = new ArrayList<>();
        for (int i = 0; i < c.partners().size(); i++) {
            var x = c.partners().get(i);
            partners.add(new PartnerInput(
                    required(organizations, x.organization(), "community.partners[" + i + "].organization"),
                    x.role(),
                    x.theme(),
                    document(x.basis())));
        }
        return new FoundCommunityCommand(
                c.name(),
                c.kind(),
                c.level(),
                required(organizations, c.coordinatingOrganization(), "community.coordinatingOrganization"),
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
                        partners,
                        c.tutorFunctions().stream()
                                .map(t -> new TutorFunctionInput(t.function(), t.description()))
                                .toList()));
    }

    /**
     * Enters each entry of a section through its use case, keeping its id by its key and in the list (null for a
     * refused entry, so that the list stays in the section's order).
     */
    private <D, I> void enterEach(
            List<D> entries,
            String section,
            Function<D, String> key,
            Map<String, I> keys,
            List<I> ids,
            BiFunction<D, String, I> enter) {
        for (int i = 0; i < entries.size(); i++) {
            D entry = entries.get(i);
            String at = section + "[" + i + "]";
            I id = step(at, () -> enter.apply(entry, at));
            keep(keys, key.apply(entry), id, at);
            ids.add(id);
        }
    }

    /** Plans a program with its parts; null when the program itself is refused (its parts are then not checked). */
    private ProgramRefs plan(ProgramData p, CommunityId communityId, String at) {
        PeriodData period = step(
                at,
                () -> p.period() == null && p.academicYear() != null
                        ? schoolYear(year(p.academicYear(), at + ".academicYear"))
                        : period(p.period(), at + ".period"));
        if (period == null) {
            return null;
        }
        ProgramId programId = step(
                at,
                () -> app.draftProgram()
                        .draft(new DraftProgramCommand(
                                communityId,
                                p.kind(),
                                p.title(),
                                p.summary(),
                                p.goal(),
                                p.tasks(),
                                period.start(),
                                period.end())));
        if (programId == null) {
            return null;
        }
        Map<String, StageId> stages = new LinkedHashMap<>();
        Map<String, Period> stagePeriods = new LinkedHashMap<>();
        for (int i = 0; i < p.stages().size(); i++) {
            StageData s = p.stages().get(i);
            String here = at + ".stages[" + i + "]";
            StageId id = step(here, () -> {
                PeriodData stagePeriod = period(s.period(), here + ".period");
                return app.planStage()
                        .addStage(new PlanStageCommand(
                                programId,
                                s.name(),
                                s.kind(),
                                stagePeriod.start(),
                                stagePeriod.end(),
                                s.description(),
                                null));
            });
            keep(stages, s.key(), id, here);
            if (id != null && s.key() != null) {
                stagePeriods.put(
                        s.key(), new Period(s.period().start(), s.period().end()));
            }
        }
        Map<String, DirectionId> directions = new LinkedHashMap<>();
        for (int i = 0; i < p.directions().size(); i++) {
            var d = p.directions().get(i);
            String here = at + ".directions[" + i + "]";
            DirectionId id = step(
                    here,
                    () -> app.addDirection()
                            .addDirection(new AddDirectionCommand(programId, d.code(), d.title(), null)));
            keep(directions, d.key(), id, here);
        }
        AcademicYear year = step(at, () -> year(p.academicYear(), at + ".academicYear"));
        Period programPeriod = new Period(period.start(), period.end());
        Map<String, ActivityId> activities = new LinkedHashMap<>();
        Map<Integer, PlanActivityCommand> planned = new LinkedHashMap<>();
        Map<Integer, ActivityId> plannedIds = new LinkedHashMap<>();
        for (int i = 0; i < p.activities().size(); i++) {
            ActivityData a = p.activities().get(i);
            String here = at + ".activities[" + i + "]";
            int index = i;
            ActivityId id = step(here, () -> {
                PlanActivityCommand command =
                        activity(a, programId, directions, stages, year, stagePeriods, programPeriod, here);
                planned.put(index, command);
                return app.planActivity().planActivity(command);
            });
            keep(activities, a.key(), id, here);
            if (id != null) {
                plannedIds.put(i, id);
            }
        }
        // sub-items go under their items once every item is planned, so that the plan's order stays as written
        for (int i = 0; i < p.activities().size(); i++) {
            ActivityData a = p.activities().get(i);
            String here = at + ".activities[" + i + "]";
            ActivityId id = plannedIds.get(i);
            PlanActivityCommand command = planned.get(i);
            if (a.parent() == null || id == null) {
                continue;
            }
            step(here, () -> {
                ActivityId parent = required(activities, a.parent(), here + ".parent");
                app.reviseActivity()
                        .reviseActivity(ReviseActivityCommand.of(programId, id, underParent(command, parent), null));
                return null;
            });
        }
        List<ExpectedResultId> results = new ArrayList<>();
        for (int i = 0; i < p.results().size(); i++) {
            ResultData r = p.results().get(i);
            String here = at + ".results[" + i + "]";
            results.add(step(
                    here,
                    () -> app.addExpectedResult()
                            .addExpectedResult(new AddExpectedResultCommand(
                                    programId,
                                    r.text(),
                                    r.details(),
                                    r.kind(),
                                    ref(stages, r.stage(), here + ".stage"),
                                    null))));
        }
        List<IndicatorId> indicators = new ArrayList<>();
        for (int i = 0; i < p.indicators().size(); i++) {
            IndicatorData d = p.indicators().get(i);
            indicators.add(step(
                    at + ".indicators[" + i + "]",
                    () -> app.addIndicator()
                            .addIndicator(new AddIndicatorCommand(
                                    programId, d.name(), d.unit(), d.baseline(), d.target(), d.direction(), null))));
        }
        if (p.approval() != null) {
            approve(programId, p.approval(), at + ".approval");
        }
        for (int i = 0; i < p.indicators().size(); i++) {
            IndicatorData d = p.indicators().get(i);
            IndicatorId indicator = indicators.get(i);
            for (int m = 0; m < d.measurements().size() && indicator != null; m++) {
                var measured = d.measurements().get(m);
                step(at + ".indicators[" + i + "].measurements[" + m + "]", () -> {
                    app.recordMeasurement()
                            .record(new RecordMeasurementCommand(
                                    programId,
                                    indicator,
                                    measured.measuredOn(),
                                    measured.value(),
                                    measured.note(),
                                    null));
                    return null;
                });
            }
        }
        pendingResults.put(programId, results);
        return new ProgramRefs(programId, stages, directions, activities);
    }

    /** The plan command of an activity as the document writes it (a sub-item is put under its item afterwards). */
    private PlanActivityCommand activity(
            ActivityData a,
            ProgramId programId,
            Map<String, DirectionId> directions,
            Map<String, StageId> stages,
            AcademicYear year,
            Map<String, Period> stagePeriods,
            Period programPeriod,
            String here) {
        List<ResponsibleInput> responsible = new ArrayList<>();
        for (int r = 0; r < a.responsible().size(); r++) {
            var party = a.responsible().get(r);
            String there = here + ".responsible[" + r + "]";
            responsible.add(new ResponsibleInput(
                    party.name(),
                    ref(organizations, party.organization(), there + ".organization"),
                    ref(educators, party.educator(), there + ".educator")));
        }
        DirectionId direction = ref(directions, a.direction(), here + ".direction");
        StageId stage = ref(stages, a.stage(), here + ".stage");
        Schedule schedule = schedule(a, year, stagePeriods.getOrDefault(a.stage(), programPeriod), here + ".schedule");
        return new PlanActivityCommand(
                programId,
                a.number(),
                a.title(),
                a.description(),
                direction,
                stage,
                a.forms(),
                schedule,
                responsible,
                a.tutorFunctions(),
                null,
                a.formText(),
                a.audience(),
                a.output(),
                null);
    }

    private static PlanActivityCommand underParent(PlanActivityCommand c, ActivityId parent) {
        return new PlanActivityCommand(
                c.programId(),
                c.number(),
                c.title(),
                c.description(),
                c.directionId(),
                c.stageId(),
                c.forms(),
                c.schedule(),
                c.responsible(),
                c.tutorFunctions(),
                null,
                c.formText(),
                c.audience(),
                c.output(),
                parent);
    }

    private void approve(ProgramId programId, CommunityDocument.ApprovalData a, String at) {
        DocumentData order = a.order();
        step(at, () -> {
            app.approveProgram()
                    .approve(new ApproveProgramCommand(
                            programId,
                            a.approvedBy() == null
                                    ? null
                                    : new OfficialInput(
                                            a.approvedBy().position(),
                                            a.approvedBy().name()),
                            a.approvedOn(),
                            order == null ? null : order.title(),
                            order == null ? null : order.number(),
                            order == null ? null : order.date(),
                            a.agreedBy().stream()
                                    .map(o -> new OfficialInput(o.position(), o.name()))
                                    .toList(),
                            null));
            return null;
        });
    }

    private void runStages(ProgramData p, ProgramRefs refs, String at) {
        List<ExpectedResultId> results = pendingResults.remove(refs.id());
        List<StageData> stages = p.stages();
        int last = stages.size() - 1;
        for (int i = 0; i < stages.size(); i++) {
            StageData s = stages.get(i);
            String here = at + ".stages[" + i + "]";
            if (s.startedOn() == null) {
                continue;
            }
            if (s.key() == null) {
                problem(new ImportRefusedException(here + ".key", Problem.REQUIRED));
                continue;
            }
            StageId stage = refs.stages().get(s.key());
            if (stage == null) {
                continue; // the stage itself was refused and reported
            }
            Boolean started = step(here + ".startedOn", () -> {
                app.startStage().startStage(new StartStageCommand(refs.id(), stage, s.startedOn(), null));
                return true;
            });
            if (started == null) {
                continue;
            }
            for (int r = 0; r < p.results().size(); r++) {
                if (s.key().equals(p.results().get(r).stage())) {
                    assess(p, refs, results, r, at);
                }
            }
            if (i == last) {
                assessProgramResults(p, refs, results, at);
            }
            if (s.closedOn() != null) {
                step(here + ".closedOn", () -> {
                    app.closeStage().closeStage(new CloseStageCommand(refs.id(), stage, s.closedOn(), null));
                    return null;
                });
            }
        }
        if (stages.isEmpty() || stages.get(last).startedOn() == null) {
            assessProgramResults(p, refs, results, at);
        }
    }

    private void assessProgramResults(ProgramData p, ProgramRefs refs, List<ExpectedResultId> results, String at) {
        for (int r = 0; r < p.results().size(); r++) {
            if (p.results().get(r).stage() == null) {
                assess(p, refs, results, r, at);
            }
        }
    }

    private void assess(ProgramData p, ProgramRefs refs, List<ExpectedResultId> results, int r, String at) {
        var assessment = p.results().get(r).assessment();
        if (assessment == null || results.get(r) == null) {
            return;
        }
        step(at + ".results[" + r + "].assessment", () -> {
            app.assessResult()
                    .assess(new AssessResultCommand(
                            refs.id(),
                            results.get(r),
                            assessment.outcome(),
                            assessment.assessedOn(),
                            assessment.comment(),
                            assessment.evidence().stream()
                                    .map(e -> new EvidenceInput(e.kind(), e.description(), e.reference()))
                                    .toList(),
                            null));
            return null;
        });
    }

    private void schedule(EventData e, CommunityId communityId, String at) {
        EventId id = step(at, () -> {
            ProgramRefs program = e.program() == null ? null : required(programs, e.program(), at + ".program");
            ActivityId activity = e.activity() == null
                    ? null
                    : required(program == null ? Map.of() : program.activities(), e.activity(), at + ".activity");
            return app.scheduleEvent()
                    .schedule(new ScheduleEventCommand(
                            communityId,
                            program == null ? null : program.id(),
                            activity,
                            e.title(),
                            e.form(),
                            e.date(),
                            e.startsAt(),
                            e.endsAt(),
                            e.place(),
                            e.facilitators()));
        });
        if (id == null) {
            return;
        }
        eventIds.add(id);
        if (e.attendance() != null) {
            step(at + ".attendance", () -> {
                List<MemberPresence> presences = new ArrayList<>();
                for (int i = 0; i < e.attendance().members().size(); i++) {
                    var presence = e.attendance().members().get(i);
                    presences.add(new MemberPresence(
                            required(members, presence.member(), at + ".attendance.members[" + i + "].member"),
                            presence.present()));
                }
                app.recordAttendance()
                        .recordAttendance(new RecordAttendanceCommand(
                                id,
                                presences,
                                e.attendance().guests().stream()
                                        .map(g -> new GuestInput(g.name(), g.organization()))
                                        .toList(),
                                null));
                return null;
            });
        }
        if (e.minutes() != null) {
            var m = e.minutes();
            step(at + ".minutes", () -> {
                app.recordMinutes()
                        .recordMinutes(new RecordMinutesCommand(
                                id,
                                m.number(),
                                m.date(),
                                m.chair(),
                                m.secretary(),
                                m.agenda().stream()
                                        .map(a -> new AgendaItemInput(a.topic(), a.heard(), a.spoke(), a.decided()))
                                        .toList(),
                                null));
                return null;
            });
        }
    }

    private Schedule schedule(ActivityData a, AcademicYear year, Period programPeriod, String at) {
        if (a.schedule() == null) {
            return null;
        }
        Schedule schedule;
        try {
            schedule = a.schedule().toSchedule(year, programPeriod);
        } catch (IllegalArgumentException e) {
            throw new ImportRefusedException(at + "." + e.getMessage(), Problem.REQUIRED);
        } catch (DomainRuleViolation e) {
            throw ImportRefusedException.refused(at, e);
        }
        warnUnparsed(schedule, at);
        return schedule;
    }

    /** Every part the schedule parser cannot read is kept as its words and reported with its path. */
    private void warnUnparsed(Schedule schedule, String at) {
        if (schedule instanceof Schedule.Unparsed) {
            warnings.add(new ImportWarning(at, ImportWarning.UNPARSED_SCHEDULE, schedule.text()));
        } else if (schedule instanceof Schedule.Several several) {
            for (int i = 0; i < several.parts().size(); i++) {
                warnUnparsed(several.parts().get(i), at + ".parts[" + i + "]");
            }
        }
    }

    private AcademicYear year(String text, String at) {
        if (text == null) {
            return null;
        }
        try {
            return AcademicYear.parse(text);
        } catch (RuntimeException e) {
            throw new ImportRefusedException(at, Problem.BAD_VALUE, text);
        }
    }

    /**
     * The period of a plan that names only its academic year ("план работы на 2026-2027 учебный год"): the whole
     * academic year, 1 September to 31 August, so that June reports and the August conference fall in it.
     */
    private static PeriodData schoolYear(AcademicYear year) {
        return new PeriodData(year.period().start(), year.period().end());
    }

    private PeriodData period(PeriodData period, String at) {
        if (period == null) {
            throw new ImportRefusedException(at, Problem.REQUIRED);
        }
        if (period.start() == null) {
            throw new ImportRefusedException(at + ".start", Problem.REQUIRED);
        }
        if (period.end() == null) {
            throw new ImportRefusedException(at + ".end", Problem.REQUIRED);
        }
        return period;
    }

    private static EnumSet<TutorFunction> functions(List<TutorFunction> functions) {
        return functions.isEmpty() ? EnumSet.noneOf(TutorFunction.class) : EnumSet.copyOf(functions);
    }

    private static DocumentInput document(DocumentData d) {
        return d == null ? null : new DocumentInput(d.title(), d.number(), d.date());
    }

    /**
     * Runs one use case for the entry at a path; a refusal is kept with that path and the import goes on (null
     * stands for the refused entry). A reference to an entry refused earlier passes the entry over silently.
     */
    private <T> T step(String at, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidCommandException e) {
            problem(ImportRefusedException.invalid(at, e));
        } catch (DomainRuleViolation e) {
            problem(ImportRefusedException.refused(at, e));
        } catch (ImportRefusedException e) {
            problem(e);
        } catch (RefusedEarlier e) {
            // reported where the referenced entry was refused
        }
        return null;
    }

    private void problem(ImportRefusedException problem) {
        problems.add(problem);
        if (problems.size() >= MOST_PROBLEMS) {
            throw new TooManyProblems();
        }
    }

    /** Keeps an entry's id by its key; a refused entry keeps its key with no id, so that references skip it. */
    private <V> void keep(Map<String, V> map, String key, V value, String at) {
        if (key == null) {
            return;
        }
        if (map.containsKey(key)) {
            problem(new ImportRefusedException(at + ".key", Problem.DUPLICATE_KEY, key));
            return;
        }
        map.put(key, value);
    }

    private <V> V ref(Map<String, V> map, String key, String at) {
        return key == null ? null : required(map, key, at);
    }

    private <V> V required(Map<String, V> map, String key, String at) {
        if (key == null) {
            throw new ImportRefusedException(at, Problem.REQUIRED);
        }
        if (!map.containsKey(key)) {
            throw new ImportRefusedException(at, Problem.UNKNOWN_KEY, key);
        }
        V value = map.get(key);
        if (value == null) {
            throw new RefusedEarlier();
        }
        return value;
    }

    /** A reference to an entry that was refused: reported once, where the entry was refused. */
    private static final class RefusedEarlier extends RuntimeException {
        RefusedEarlier() {
            super("refers to a refused entry", null, false, false);
        }
    }

    /** Ends an import that has found {@value #MOST_PROBLEMS} problems: enough to report. */
    private static final class TooManyProblems extends RuntimeException {
        TooManyProblems() {
            super("too many problems", null, false, false);
        }
    }
}
