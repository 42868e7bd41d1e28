package org.stepahead.application.port.in.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.TutorFunction;

/**
 * The import and export format (docs/import-format.md): a whole community with the organizations and educators it
 * names, its members and tutoring links, its programs (stages, directions, activities with schedules, expected
 * results with assessments, indicators with measurements) and its events. Entries refer to each other by
 * {@code key}, never by generated ids; absent lists read as empty. Plain records: each adapter binds them to YAML or
 * JSON with its own mapper (the names of the components are the names of the fields). The document's own
 * {@code key} is stable across imports: a storage enters a document with the same key once.
 */
public record CommunityDocument(
        String key,
        String source,
        List<OrganizationData> organizations,
        List<EducatorData> educators,
        CommunityData community,
        List<MemberData> members,
        List<ProgramData> programs,
        List<EventData> events) {

    public CommunityDocument {
        organizations = list(organizations);
        educators = list(educators);
        members = list(members);
        programs = list(programs);
        events = list(events);
    }

    /** A document without a key of its own (its content's digest stands for it). */
    public CommunityDocument(
            String source,
            List<OrganizationData> organizations,
            List<EducatorData> educators,
            CommunityData community,
            List<MemberData> members,
            List<ProgramData> programs,
            List<EventData> events) {
        this(null, source, organizations, educators, community, members, programs, events);
    }

    /** The same document with another key. */
    public CommunityDocument withKey(String newKey) {
        return new CommunityDocument(newKey, source, organizations, educators, community, members, programs, events);
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** An organization (school, centre, authority) with its ШНОР/ШССУ flags. */
    public record OrganizationData(
            String key,
            String name,
            String shortName,
            OrganizationKind kind,
            String municipality,
            Boolean lowResults,
            Boolean hardSocialConditions) {}

    /** An educator working at one of the document's organizations (by key), if any. */
    public record EducatorData(
            String key,
            String surname,
            String givenName,
            String patronymic,
            String organization,
            String position,
            ExperienceLevel experience,
            String email) {}

    /** An official document by title, number and date. */
    public record DocumentData(String title, String number, LocalDate date) {}

    /** The community and what its founding documents say of it. */
    public record CommunityData(
            String name,
            CommunityKind kind,
            CommunityLevel level,
            String coordinatingOrganization,
            DocumentData foundingDocument,
            String timeZone,
            String description,
            String goal,
            List<String> tasks,
            List<FunctionData> functions,
            List<String> principles,
            List<WorkDirectionData> directions,
            List<Form> forms,
            List<String> rights,
            List<PartnerData> partners,
            List<TutorFunctionData> tutorFunctions,
            List<DayOffData> daysOff) {

        public CommunityData {
            daysOff = list(daysOff);
            tasks = list(tasks);
            functions = list(functions);
            principles = list(principles);
            directions = list(directions);
            forms = list(forms);
            rights = list(rights);
            partners = list(partners);
            tutorFunctions = list(tutorFunctions);
        }

        /** A community without days off of its own. */
        public CommunityData(
                String name,
                CommunityKind kind,
                CommunityLevel level,
                String coordinatingOrganization,
                DocumentData foundingDocument,
                String timeZone,
                String description,
                String goal,
                List<String> tasks,
                List<FunctionData> functions,
                List<String> principles,
                List<WorkDirectionData> directions,
                List<Form> forms,
                List<String> rights,
                List<PartnerData> partners,
                List<TutorFunctionData> tutorFunctions) {
            this(
                    name,
                    kind,
                    level,
                    coordinatingOrganization,
                    foundingDocument,
                    timeZone,
                    description,
                    goal,
                    tasks,
                    functions,
                    principles,
                    directions,
                    forms,
                    rights,
                    partners,
                    tutorFunctions,
                    null);
        }

        /**
         * The community of a plan that names none (a school's own plan: an anniversary, a subject week): the
         * teaching staff of the organization, of kind {@link CommunityKind#SCHOOL_STAFF}, whose name and description
         * (in Russian, as the plans are) say that no community is founded yet.
         */
        public static CommunityData placeholderFor(OrganizationData school) {
            String name = school.shortName() != null ? school.shortName() : school.name();
            return new CommunityData(
                    ImportMessages.format("import.placeholder.name", null, name),
                    CommunityKind.SCHOOL_STAFF,
                    CommunityLevel.SCHOOL,
                    school.key(),
                    null,
                    null,
                    ImportMessages.format("import.placeholder.description", null, school.name()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** A community function with its description. */
    public record FunctionData(CommunityFunction function, String description) {}

    /** Days the community does not work beyond the country's calendar, from and to included, and why. */
    public record DayOffData(LocalDate from, LocalDate to, String reason) {}

    /** A tutor function with what the community asks of its tutors under it. */
    public record TutorFunctionData(TutorFunction function, String description) {}

    /** A direction of the community's activity with its items. */
    public record WorkDirectionData(String title, List<String> items) {
        public WorkDirectionData {
            items = list(items);
        }
    }

    /** A supporting organization (by key) in a role, with the theme and the document it works on. */
    public record PartnerData(String organization, PartnerRole role, String theme, DocumentData basis) {}

    /** A member: an educator (by key) admitted with consent; their tutors (members by key); the day they left. */
    public record MemberData(
            String key,
            String educator,
            List<Role> roles,
            LocalDate joinedOn,
            LocalDate consentGivenOn,
            String consentBasis,
            String admissionBasis,
            List<TutorLinkData> tutors,
            LocalDate leftOn) {
        public MemberData {
            roles = list(roles);
            tutors = list(tutors);
        }
    }

    /** A tutor (a member by key) accompanying this member, with functions, from a day, until a day if ended. */
    public record TutorLinkData(String tutor, List<TutorFunction> functions, LocalDate since, LocalDate until) {
        public TutorLinkData {
            functions = list(functions);
        }
    }

    /** A span of days, both ends included. */
    public record PeriodData(LocalDate start, LocalDate end) {}

    /** A program, subprogram, project or work plan. */
    public record ProgramData(
            String key,
            ProgramKind kind,
            String title,
            String summary,
            String goal,
            List<String> tasks,
            String academicYear,
            PeriodData period,
            ApprovalData approval,
            List<StageData> stages,
            List<DirectionData> directions,
            List<ActivityData> activities,
            List<ResultData> results,
            List<IndicatorData> indicators) {

        public ProgramData {
            tasks = list(tasks);
            stages = list(stages);
            directions = list(directions);
            activities = list(activities);
            results = list(results);
            indicators = list(indicators);
        }
    }

    /** Утверждаю (by whom, when, by which order) and согласовано. */
    public record ApprovalData(
            OfficialData approvedBy, LocalDate approvedOn, DocumentData order, List<OfficialData> agreedBy) {
        public ApprovalData {
            agreedBy = list(agreedBy);
        }
    }

    /** An official by position and name. */
    public record OfficialData(String position, String name) {}

    /** A stage of a program; started and closed on days once it runs. */
    public record StageData(
            String key,
            String name,
            StageKind kind,
            PeriodData period,
            String description,
            LocalDate startedOn,
            LocalDate closedOn) {}

    /** A direction (section) of a program, with its code as the plan writes it. */
    public record DirectionData(String key, String code, String title) {}

    /** An activity (мероприятие) of a program; its direction and stage by key. */
    public record ActivityData(
            String key,
            String number,
            String title,
            String description,
            String direction,
            String stage,
            List<Form> forms,
            ScheduleData schedule,
            List<ResponsibleData> responsible,
            List<TutorFunction> tutorFunctions,
            String formText,
            String audience,
            String output,
            String parent) {
        public ActivityData {
            forms = list(forms);
            responsible = list(responsible);
            tutorFunctions = list(tutorFunctions);
        }

        /** An activity without the plan's own words for the form, an audience, an output or a parent item. */
        public ActivityData(
                String key,
                String number,
                String title,
                String description,
                String direction,
                String stage,
                List<Form> forms,
                ScheduleData schedule,
                List<ResponsibleData> responsible,
                List<TutorFunction> tutorFunctions) {
            this(
                    key,
                    number,
                    title,
                    description,
                    direction,
                    stage,
                    forms,
                    schedule,
                    responsible,
                    tutorFunctions,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** A responsible party by name, linked to an organization or educator (by key) when known. */
    public record ResponsibleData(String name, String organization, String educator) {}

    /** An expected result, of a stage (by key) or of the whole program, with its assessment once assessed. */
    public record ResultData(String text, String details, ResultKind kind, String stage, AssessmentData assessment) {}

    /** An assessment: outcome, day, comment and evidence. */
    public record AssessmentData(Outcome outcome, LocalDate assessedOn, String comment, List<EvidenceData> evidence) {
        public AssessmentData {
            evidence = list(evidence);
        }
    }

    /** One proof of a result. */
    public record EvidenceData(EvidenceKind kind, String description, String reference) {}

    /** A target indicator with its measurements. */
    public record IndicatorData(
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            IndicatorDirection direction,
            List<MeasurementData> measurements) {
        public IndicatorData {
            measurements = list(measurements);
        }
    }

    /** A measured value of an indicator. */
    public record MeasurementData(LocalDate measuredOn, BigDecimal value, String note) {}

    /** An event of the community: of a program's activity (by keys) or standalone, with attendance and minutes. */
    public record EventData(
            String program,
            String activity,
            String title,
            Form form,
            LocalDate date,
            LocalTime startsAt,
            LocalTime endsAt,
            String place,
            List<String> facilitators,
            AttendanceData attendance,
            MinutesData minutes) {
        public EventData {
            facilitators = list(facilitators);
        }
    }

    /** Who attended: members (by key) present or absent, and guests. */
    public record AttendanceData(List<PresenceData> members, List<GuestData> guests) {
        public AttendanceData {
            members = list(members);
            guests = list(guests);
        }
    }

    /** A member (by key), present or absent. */
    public record PresenceData(String member, boolean present) {}

    /** A guest by name and organization. */
    public record GuestData(String name, String organization) {}

    /** The minutes (протокол) of an event. */
    public record MinutesData(String number, LocalDate date, String chair, String secretary, List<AgendaData> agenda) {
        public MinutesData {
            agenda = list(agenda);
        }
    }

    /** One agenda item: topic, heard (слушали), spoke (выступили), decided (постановили). */
    public record AgendaData(String topic, String heard, List<String> spoke, List<String> decided) {
        public AgendaData {
            spoke = list(spoke);
            decided = list(decided);
        }
    }
}
