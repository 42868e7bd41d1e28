package org.stepahead.adapter.out.persistence.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.AcademicYear;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.TutorFunction;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One seed document in its readable YAML form, the import format's examples ({@code docs/examples/*.yaml}, on the
 * test class path as {@code seeds/*.yaml}): the organizations and
 * educators it names, its community with what the founding documents say of it, the members, and the programs with
 * their stages, directions, activities (schedules as structures, keeping the plan's words), expected results and
 * indicators.
 *
 * <p>Entries refer to one another by {@code key} (an organization, an educator, a stage, a direction), never by
 * generated ids. Absent lists read as empty. Unknown fields are refused, so a misspelt field cannot be lost silently.
 * The seed tests read it with their own record model, field by field, beside the application's import of the same
 * files (CommunityImportContract), so a change of the format shows in both.
 */
public record SeedDocument(
        String source,
        List<OrganizationSeed> organizations,
        List<EducatorSeed> educators,
        CommunitySeed community,
        List<MemberSeed> members,
        List<ProgramSeed> programs) {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public SeedDocument {
        organizations = list(organizations);
        educators = list(educators);
        members = list(members);
        programs = list(programs);
    }

    /** Reads a seed from the class path, e.g. {@code seeds/000-club-na-shag-vperedi.yaml}. */
    public static SeedDocument read(String resource) {
        try (InputStream in = SeedDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No seed on the class path: " + resource);
            }
            return MAPPER.readValue(in, SeedDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public OrganizationSeed organization(String key) {
        return organizations.stream()
                .filter(o -> o.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No organization with key " + key));
    }

    public EducatorSeed educator(String key) {
        return educators.stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No educator with key " + key));
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** An organization (ОО, centre, authority) with its ШНОР/ШССУ flags. */
    public record OrganizationSeed(
            String key,
            String name,
            String shortName,
            OrganizationKind kind,
            String municipality,
            Boolean lowResults,
            Boolean hardSocialConditions) {}

    /** An educator working at one of the seed's organizations (by key), if any. */
    public record EducatorSeed(
            String key,
            String surname,
            String givenName,
            String patronymic,
            String organization,
            String position,
            ExperienceLevel experience,
            String email) {

        /** "Фамилия Имя Отчество". */
        public String fullName() {
            return surname + " " + givenName + (patronymic == null ? "" : " " + patronymic);
        }
    }

    /** An official document by title, number and date. */
    public record DocumentSeed(String title, String number, LocalDate date) {}

    /**
     * The community and what its documents say of it: a free-text {@code description} (general provisions, legal
     * basis, documentation …), goal, tasks, functions, principles, directions, forms, rights, partners, and the
     * {@code tutorFunctions} it asks of its tutors with their descriptions (seed 003).
     */
    public record CommunitySeed(
            String name,
            CommunityKind kind,
            CommunityLevel level,
            String coordinatingOrganization,
            DocumentSeed foundingDocument,
            String timeZone,
            String description,
            String goal,
            List<String> tasks,
            List<FunctionSeed> functions,
            List<String> principles,
            List<WorkDirectionSeed> directions,
            List<Form> forms,
            List<String> rights,
            List<PartnerSeed> partners,
            List<TutorFunctionSeed> tutorFunctions) {

        public CommunitySeed {
            tasks = list(tasks);
            functions = list(functions);
            principles = list(principles);
            directions = list(directions);
            forms = list(forms);
            rights = list(rights);
            partners = list(partners);
            tutorFunctions = list(tutorFunctions);
        }
    }

    /** A community function with its description. */
    public record FunctionSeed(CommunityFunction function, String description) {}

    /** A tutor function with what the community asks of its tutors under it. */
    public record TutorFunctionSeed(TutorFunction function, String description) {}

    /** A direction of the community's activity with its items. */
    public record WorkDirectionSeed(String title, List<String> items) {
        public WorkDirectionSeed {
            items = list(items);
        }
    }

    /** A supporting organization (by key) in a role, with the theme and the document it works on. */
    public record PartnerSeed(String organization, PartnerRole role, String theme, DocumentSeed basis) {}

    /** A member: an educator (by key) admitted with consent. */
    public record MemberSeed(
            String educator,
            List<Role> roles,
            LocalDate joinedOn,
            LocalDate consentGivenOn,
            String consentBasis,
            String admissionBasis) {
        public MemberSeed {
            roles = list(roles);
        }
    }

    /** A span of days, both ends included. */
    public record PeriodSeed(LocalDate start, LocalDate end) {
        public Period toPeriod() {
            return Period.of(start, end);
        }
    }

    /** A program, subprogram, project or work plan. */
    public record ProgramSeed(
            String key,
            ProgramKind kind,
            String title,
            String summary,
            String goal,
            List<String> tasks,
            String academicYear,
            PeriodSeed period,
            ApprovalSeed approval,
            List<StageSeed> stages,
            List<DirectionSeed> directions,
            List<ActivitySeed> activities,
            List<ResultSeed> results,
            List<IndicatorSeed> indicators) {

        public ProgramSeed {
            tasks = list(tasks);
            stages = list(stages);
            directions = list(directions);
            activities = list(activities);
            results = list(results);
            indicators = list(indicators);
        }

        /** The academic year that months named without a year belong to; null when the plan names none. */
        public AcademicYear year() {
            return academicYear == null ? null : AcademicYear.parse(academicYear);
        }

        public StageSeed stage(String key) {
            return stages.stream()
                    .filter(s -> s.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No stage with key " + key));
        }

        public DirectionSeed direction(String key) {
            return directions.stream()
                    .filter(d -> d.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No direction with key " + key));
        }
    }

    /** Утверждаю (by whom, when, by which order) and согласовано. */
    public record ApprovalSeed(
            OfficialSeed approvedBy, LocalDate approvedOn, DocumentSeed order, List<OfficialSeed> agreedBy) {
        public ApprovalSeed {
            agreedBy = list(agreedBy);
        }
    }

    /** An official by position and name. */
    public record OfficialSeed(String position, String name) {}

    /** A stage of a program. */
    public record StageSeed(String key, String name, StageKind kind, PeriodSeed period, String description) {}

    /** A direction (section) of a program, with its code as the plan writes it. */
    public record DirectionSeed(String key, String code, String title) {}

    /** An activity (мероприятие) of a program; its direction and stage by key. */
    public record ActivitySeed(
            String number,
            String title,
            String description,
            String direction,
            String stage,
            List<Form> forms,
            ScheduleSeed schedule,
            List<ResponsibleSeed> responsible,
            List<TutorFunction> tutorFunctions) {
        public ActivitySeed {
            forms = list(forms);
            responsible = list(responsible);
            tutorFunctions = list(tutorFunctions);
        }
    }

    /** A responsible party by name, linked to an organization or educator (by key) when the seed knows it. */
    public record ResponsibleSeed(String name, String organization, String educator) {}

    /** An expected result, of a stage (by key) or of the whole program. */
    public record ResultSeed(String text, String details, ResultKind kind, String stage) {}

    /** A target indicator. */
    public record IndicatorSeed(
            String name, String unit, BigDecimal baseline, BigDecimal target, IndicatorDirection direction) {}

    /**
     * A schedule (сроки) as a structure, with the plan's own words in {@code text}. By kind:
     *
     * <ul>
     *   <li>ONCE: {@code date}, optional {@code deadline: true};
     *   <li>MONTH: {@code month} — "2021-01", or a month name ("JANUARY") resolved through the academic year;
     *   <li>RANGE: {@code start} and {@code end} days, or {@code fromMonth} and {@code toMonth} (each "2020-09" or a
     *       month name resolved through the academic year) for whole months;
     *   <li>RECURRING: {@code times} per {@code per} (WEEK, MONTH, QUARTER — a school quarter, «в четверть»,
     *       CALENDAR_QUARTER — «в квартал», HALF_YEAR, YEAR);
     *   <li>NTH_WEEKDAY: {@code nth} (1–5, -1 for the last) {@code dayOfWeek};
     *   <li>CONTINUOUS: nothing more; ON_REQUEST: {@code requester}; BY_PLAN: {@code plan};
     *   <li>SEVERAL: {@code parts}, each a schedule; UNPARSED: only {@code text}.
     * </ul>
     */
    public record ScheduleSeed(
            Schedule.Kind kind,
            LocalDate date,
            Boolean deadline,
            String month,
            LocalDate start,
            LocalDate end,
            String fromMonth,
            String toMonth,
            Integer times,
            Schedule.Frequency per,
            Integer nth,
            DayOfWeek dayOfWeek,
            String requester,
            String plan,
            List<ScheduleSeed> parts,
            String text) {

        public ScheduleSeed {
            parts = list(parts);
        }

        /** The schedule, months without a year resolved through the academic year (which may be null if none is). */
        public Schedule toSchedule(AcademicYear year) {
            return switch (kind) {
                case ONCE -> new Schedule.Once(date, Boolean.TRUE.equals(deadline), text);
                case MONTH -> new Schedule.InMonth(month(month, year), text);
                case RANGE ->
                    new Schedule.InRange(
                            fromMonth != null || toMonth != null
                                    ? Period.ofMonths(month(fromMonth, year), month(toMonth, year))
                                    : Period.of(start, end),
                            text);
                case RECURRING -> new Schedule.Recurring(times, per, text);
                case NTH_WEEKDAY -> new Schedule.NthWeekdayOfMonth(nth, dayOfWeek, text);
                case CONTINUOUS -> new Schedule.Continuous(text);
                case ON_REQUEST -> new Schedule.OnRequest(requester, text);
                case BY_PLAN -> new Schedule.ByPlan(plan, text);
                case SEVERAL ->
                    new Schedule.Several(
                            parts.stream().map(p -> p.toSchedule(year)).toList(), text);
                case UNPARSED -> new Schedule.Unparsed(text);
            };
        }

        private static YearMonth month(String value, AcademicYear year) {
            if (value == null) {
                throw new IllegalArgumentException("A month is missing in a schedule");
            }
            if (Character.isDigit(value.charAt(0))) {
                return YearMonth.parse(value);
            }
            if (year == null) {
                throw new IllegalArgumentException(
                        "The month " + value + " has no year and the program names no academic year");
            }
            return year.month(Month.valueOf(value.toUpperCase(Locale.ROOT)));
        }
    }
}
