package org.stepahead.application;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.stepahead.application.port.in.access.ResolveAccessUseCase;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;
import org.stepahead.application.port.in.account.BootstrapAdministratorUseCase;
import org.stepahead.application.port.in.account.ChangePasswordUseCase;
import org.stepahead.application.port.in.account.CreateAccountUseCase;
import org.stepahead.application.port.in.account.DisableAccountUseCase;
import org.stepahead.application.port.in.account.IssueApiTokenUseCase;
import org.stepahead.application.port.in.account.ListAccountsUseCase;
import org.stepahead.application.port.in.calendar.ExportCalendarUseCase;
import org.stepahead.application.port.in.community.FoundCommunityUseCase;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.educator.GetEducatorUseCase;
import org.stepahead.application.port.in.educator.RegisterEducatorUseCase;
import org.stepahead.application.port.in.event.GenerateEventsUseCase;
import org.stepahead.application.port.in.event.GetAttendanceSummaryUseCase;
import org.stepahead.application.port.in.event.GetCommunityEventsUseCase;
import org.stepahead.application.port.in.event.PlanDecisionUseCase;
import org.stepahead.application.port.in.event.RecordEventOutcomeUseCase;
import org.stepahead.application.port.in.event.ScheduleEventUseCase;
import org.stepahead.application.port.in.health.CheckStorageUseCase;
import org.stepahead.application.port.in.membership.AdmitMemberUseCase;
import org.stepahead.application.port.in.membership.AdmitNewMemberUseCase;
import org.stepahead.application.port.in.membership.ChangeMemberRolesUseCase;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.LeaveCommunityUseCase;
import org.stepahead.application.port.in.membership.LinkTutorUseCase;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;
import org.stepahead.application.port.in.organization.RegisterOrganizationUseCase;
import org.stepahead.application.port.in.program.ApproveProgramUseCase;
import org.stepahead.application.port.in.program.AssessResultUseCase;
import org.stepahead.application.port.in.program.DraftProgramUseCase;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.PlanActivityUseCase;
import org.stepahead.application.port.in.program.PlanDirectionUseCase;
import org.stepahead.application.port.in.program.PlanExpectedResultUseCase;
import org.stepahead.application.port.in.program.PlanIndicatorUseCase;
import org.stepahead.application.port.in.program.PlanStageUseCase;
import org.stepahead.application.port.in.program.RecordMeasurementUseCase;
import org.stepahead.application.port.in.program.ReviseProgramUseCase;
import org.stepahead.application.port.in.program.RunStageUseCase;
import org.stepahead.application.port.in.transfer.ExportCommunityUseCase;
import org.stepahead.application.port.in.transfer.ImportCommunityUseCase;
import org.stepahead.application.port.out.CalendarWriter;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.application.service.access.AccessService;
import org.stepahead.application.service.account.AccountService;
import org.stepahead.application.service.calendar.CalendarService;
import org.stepahead.application.service.community.CommunityService;
import org.stepahead.application.service.educator.EducatorService;
import org.stepahead.application.service.event.AttendanceSummaryService;
import org.stepahead.application.service.event.DecisionPlanningService;
import org.stepahead.application.service.event.EventGenerationService;
import org.stepahead.application.service.event.EventService;
import org.stepahead.application.service.health.StorageCheckService;
import org.stepahead.application.service.membership.AdmitNewMemberService;
import org.stepahead.application.service.membership.MembershipService;
import org.stepahead.application.service.organization.OrganizationService;
import org.stepahead.application.service.program.ProgramExecutionService;
import org.stepahead.application.service.program.ProgramOverviewService;
import org.stepahead.application.service.program.ProgramPlanningService;
import org.stepahead.application.service.transfer.ExportCommunityService;
import org.stepahead.application.service.transfer.ImportCommunityService;

/**
 * Entry point: builds every use case from a storage and a clock. The CLI's {@code main}, the web adapter's Spring
 * configuration and any school system that embeds the jars call {@link #create} and take the use cases they need.
 *
 * <pre>{@code
 * try (Storage storage = StorageProvider.find("memory:")) {
 *   StepAhead app = StepAhead.create(storage, Clock.systemDefaultZone());
 *   OrganizationId school = app.registerOrganization().register(...);
 * }
 * }</pre>
 */
public final class StepAhead {

    private final OrganizationService organizations;
    private final EducatorService educators;
    private final CommunityService communities;
    private final MembershipService memberships;
    private final ProgramPlanningService planning;
    private final ProgramExecutionService execution;
    private final ProgramOverviewService overviews;
    private final EventService events;
    private final AccountService accounts;
    private final AccessService access;
    private final ImportCommunityService imports;
    private final AdmitNewMemberService newMembers;
    private final ExportCommunityService exports;
    private final EventGenerationService eventGeneration;
    private final AttendanceSummaryService attendanceSummary;
    private final DecisionPlanningService decisionPlanning;
    private final CalendarService calendars;
    private final StorageCheckService storageCheck;

    private StepAhead(
            Storage storage, ClockPort clock, DomainEventPublisher publisher, Supplier<CalendarWriter> calendarWriter) {
        UseCaseRunner runner = new UseCaseRunner(storage.unitOfWork(), publisher);
        this.organizations = new OrganizationService(runner, storage.organizations());
        this.educators = new EducatorService(runner, storage.educators(), storage.organizations());
        this.communities = new CommunityService(runner, storage.communities(), storage.organizations());
        this.memberships =
                new MembershipService(runner, storage.memberships(), storage.educators(), storage.communities(), clock);
        this.planning = new ProgramPlanningService(runner, storage.programs(), storage.communities(), clock);
        this.execution = new ProgramExecutionService(runner, storage.programs(), storage.communities(), clock);
        this.overviews = new ProgramOverviewService(runner, storage.programs(), storage.communities());
        this.events = new EventService(
                runner, storage.events(), storage.programs(), storage.communities(), storage.memberships(), clock);
        this.accounts = new AccountService(runner, storage.accounts(), storage.educators(), clock);
        this.access = new AccessService(
                runner, storage.memberships(), storage.communities(), storage.programs(), storage.events());
        this.imports = new ImportCommunityService(runner, () -> this);
        this.newMembers = new AdmitNewMemberService(runner, () -> this);
        this.exports = new ExportCommunityService(runner, () -> this);
        this.eventGeneration = new EventGenerationService(runner, storage.events(), storage.programs());
        this.attendanceSummary = new AttendanceSummaryService(
                runner,
                storage.events(),
                storage.programs(),
                storage.communities(),
                storage.memberships(),
                storage.educators());
        this.decisionPlanning = new DecisionPlanningService(runner, storage.events(), storage.programs());
        this.storageCheck = new StorageCheckService(runner, storage);
        this.calendars = new CalendarService(
                runner, storage.communities(), storage.programs(), storage.events(), clock, calendarWriter);
    }

    /** Builds the use cases over a storage, telling time by the clock; domain events go nowhere. */
    public static StepAhead create(Storage storage, Clock clock) {
        return create(storage, clock, DomainEventPublisher.none());
    }

    /** Builds the use cases over a storage, telling time by the clock and publishing domain events. */
    public static StepAhead create(Storage storage, Clock clock, DomainEventPublisher publisher) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(publisher, "publisher");
        return new StepAhead(storage, ClockPort.of(clock), publisher, lazily(CalendarWriter::find));
    }

    /**
     * Builds the use cases with the given calendar writer instead of the one registered in {@code META-INF/services}
     * (which the other {@code create} methods load on the first calendar export, so start-up does not pay for it).
     */
    public static StepAhead create(
            Storage storage, Clock clock, DomainEventPublisher publisher, CalendarWriter calendarWriter) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(calendarWriter, "calendarWriter");
        return new StepAhead(storage, ClockPort.of(clock), publisher, () -> calendarWriter);
    }

    private static <T> Supplier<T> lazily(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    public RegisterOrganizationUseCase registerOrganization() {
        return organizations;
    }

    public ListOrganizationsUseCase listOrganizations() {
        return organizations;
    }

    public RegisterEducatorUseCase registerEducator() {
        return educators;
    }

    public GetEducatorUseCase getEducator() {
        return educators;
    }

    public FoundCommunityUseCase foundCommunity() {
        return communities;
    }

    public GetCommunityUseCase getCommunity() {
        return communities;
    }

    public AdmitMemberUseCase admitMember() {
        return memberships;
    }

    public ChangeMemberRolesUseCase changeMemberRoles() {
        return memberships;
    }

    public LeaveCommunityUseCase leaveCommunity() {
        return memberships;
    }

    public LinkTutorUseCase linkTutor() {
        return memberships;
    }

    public GetMemberRegisterUseCase memberRegister() {
        return memberships;
    }

    public DraftProgramUseCase draftProgram() {
        return planning;
    }

    public ReviseProgramUseCase reviseProgram() {
        return planning;
    }

    public PlanStageUseCase planStage() {
        return planning;
    }

    public PlanDirectionUseCase planDirection() {
        return planning;
    }

    public PlanActivityUseCase planActivity() {
        return planning;
    }

    public PlanExpectedResultUseCase planExpectedResult() {
        return planning;
    }

    public PlanIndicatorUseCase planIndicator() {
        return planning;
    }

    public ApproveProgramUseCase approveProgram() {
        return planning;
    }

    public RunStageUseCase runStage() {
        return execution;
    }

    public AssessResultUseCase assessResult() {
        return execution;
    }

    public RecordMeasurementUseCase recordMeasurement() {
        return execution;
    }

    public GetProgramOverviewUseCase programOverview() {
        return overviews;
    }

    public ScheduleEventUseCase scheduleEvent() {
        return events;
    }

    public RecordEventOutcomeUseCase recordEventOutcome() {
        return events;
    }

    public GetCommunityEventsUseCase communityEvents() {
        return events;
    }

    public CreateAccountUseCase createAccount() {
        return accounts;
    }

    public ChangePasswordUseCase changePassword() {
        return accounts;
    }

    public DisableAccountUseCase disableAccount() {
        return accounts;
    }

    public ListAccountsUseCase listAccounts() {
        return accounts;
    }

    public AuthenticateAccountUseCase authenticateAccount() {
        return accounts;
    }

    public IssueApiTokenUseCase apiTokens() {
        return accounts;
    }

    public BootstrapAdministratorUseCase bootstrapAdministrator() {
        return accounts;
    }

    public ResolveAccessUseCase resolveAccess() {
        return access;
    }

    public AdmitNewMemberUseCase admitNewMember() {
        return newMembers;
    }

    public ImportCommunityUseCase importCommunity() {
        return imports;
    }

    public ExportCommunityUseCase exportCommunity() {
        return exports;
    }

    public GenerateEventsUseCase generateEvents() {
        return eventGeneration;
    }

    public GetAttendanceSummaryUseCase attendanceSummary() {
        return attendanceSummary;
    }

    public PlanDecisionUseCase planDecision() {
        return decisionPlanning;
    }

    public ExportCalendarUseCase exportCalendar() {
        return calendars;
    }

    public CheckStorageUseCase checkStorage() {
        return storageCheck;
    }
}
