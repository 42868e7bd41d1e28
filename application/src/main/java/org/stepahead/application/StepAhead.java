package org.stepahead.application;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.stepahead.application.port.in.access.ResolveAccessUseCase;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;
import org.stepahead.application.port.in.account.BootstrapAdministratorUseCase;
import org.stepahead.application.port.in.account.ChangePasswordUseCase;
import org.stepahead.application.port.in.account.CreateAccountUseCase;
import org.stepahead.application.port.in.account.DisableAccountUseCase;
import org.stepahead.application.port.in.account.EnableAccountUseCase;
import org.stepahead.application.port.in.account.GetAccountUseCase;
import org.stepahead.application.port.in.account.IssueApiTokenUseCase;
import org.stepahead.application.port.in.account.ListAccountsUseCase;
import org.stepahead.application.port.in.account.ListApiTokensUseCase;
import org.stepahead.application.port.in.account.RevokeApiTokenUseCase;
import org.stepahead.application.port.in.calendar.ExportCalendarUseCase;
import org.stepahead.application.port.in.community.AddDaysOffUseCase;
import org.stepahead.application.port.in.community.FoundCommunityUseCase;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.community.ListCommunitiesUseCase;
import org.stepahead.application.port.in.community.RemoveDaysOffUseCase;
import org.stepahead.application.port.in.community.ReviseCommunityUseCase;
import org.stepahead.application.port.in.educator.GetEducatorUseCase;
import org.stepahead.application.port.in.educator.RegisterEducatorUseCase;
import org.stepahead.application.port.in.event.CancelEventUseCase;
import org.stepahead.application.port.in.event.GenerateEventsUseCase;
import org.stepahead.application.port.in.event.GetAttendanceSummaryUseCase;
import org.stepahead.application.port.in.event.GetCommunityEventsUseCase;
import org.stepahead.application.port.in.event.GetEventUseCase;
import org.stepahead.application.port.in.event.PlanDecisionUseCase;
import org.stepahead.application.port.in.event.PreviewEventsUseCase;
import org.stepahead.application.port.in.event.RecordAttendanceUseCase;
import org.stepahead.application.port.in.event.RecordMinutesUseCase;
import org.stepahead.application.port.in.event.RescheduleEventUseCase;
import org.stepahead.application.port.in.event.ScheduleEventUseCase;
import org.stepahead.application.port.in.health.CheckStorageUseCase;
import org.stepahead.application.port.in.membership.AdmitMemberUseCase;
import org.stepahead.application.port.in.membership.AdmitNewMemberUseCase;
import org.stepahead.application.port.in.membership.ChangeMemberRolesUseCase;
import org.stepahead.application.port.in.membership.EndTutoringUseCase;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.GetMembershipUseCase;
import org.stepahead.application.port.in.membership.LeaveCommunityUseCase;
import org.stepahead.application.port.in.membership.LinkTutorUseCase;
import org.stepahead.application.port.in.organization.GetOrganizationUseCase;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;
import org.stepahead.application.port.in.organization.RegisterOrganizationUseCase;
import org.stepahead.application.port.in.program.AddDirectionUseCase;
import org.stepahead.application.port.in.program.AddExpectedResultUseCase;
import org.stepahead.application.port.in.program.AddIndicatorUseCase;
import org.stepahead.application.port.in.program.ApproveProgramUseCase;
import org.stepahead.application.port.in.program.AssessResultUseCase;
import org.stepahead.application.port.in.program.CloseStageUseCase;
import org.stepahead.application.port.in.program.DraftProgramUseCase;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.application.port.in.program.PlanActivityUseCase;
import org.stepahead.application.port.in.program.PlanStageUseCase;
import org.stepahead.application.port.in.program.RecordMeasurementUseCase;
import org.stepahead.application.port.in.program.ReviseActivityUseCase;
import org.stepahead.application.port.in.program.ReviseDirectionUseCase;
import org.stepahead.application.port.in.program.ReviseExpectedResultUseCase;
import org.stepahead.application.port.in.program.ReviseIndicatorUseCase;
import org.stepahead.application.port.in.program.ReviseProgramUseCase;
import org.stepahead.application.port.in.program.ReviseStageUseCase;
import org.stepahead.application.port.in.program.StartStageUseCase;
import org.stepahead.application.port.in.transfer.ExportCommunityUseCase;
import org.stepahead.application.port.in.transfer.ImportCommunityUseCase;
import org.stepahead.application.port.out.CalendarWriter;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.application.service.access.ResolveAccessService;
import org.stepahead.application.service.account.AuthenticateAccountService;
import org.stepahead.application.service.account.BootstrapAdministratorService;
import org.stepahead.application.service.account.ChangePasswordService;
import org.stepahead.application.service.account.CreateAccountService;
import org.stepahead.application.service.account.DisableAccountService;
import org.stepahead.application.service.account.EnableAccountService;
import org.stepahead.application.service.account.GetAccountService;
import org.stepahead.application.service.account.IssueApiTokenService;
import org.stepahead.application.service.account.ListAccountsService;
import org.stepahead.application.service.account.ListApiTokensService;
import org.stepahead.application.service.account.RevokeApiTokenService;
import org.stepahead.application.service.calendar.ExportCalendarService;
import org.stepahead.application.service.community.AddDaysOffService;
import org.stepahead.application.service.community.FoundCommunityService;
import org.stepahead.application.service.community.GetCommunityService;
import org.stepahead.application.service.community.ListCommunitiesService;
import org.stepahead.application.service.community.RemoveDaysOffService;
import org.stepahead.application.service.community.ReviseCommunityService;
import org.stepahead.application.service.educator.GetEducatorService;
import org.stepahead.application.service.educator.RegisterEducatorService;
import org.stepahead.application.service.event.CancelEventService;
import org.stepahead.application.service.event.GenerateEventsService;
import org.stepahead.application.service.event.GetAttendanceSummaryService;
import org.stepahead.application.service.event.GetCommunityEventsService;
import org.stepahead.application.service.event.GetEventService;
import org.stepahead.application.service.event.PlanDecisionService;
import org.stepahead.application.service.event.PreviewEventsService;
import org.stepahead.application.service.event.RecordAttendanceService;
import org.stepahead.application.service.event.RecordMinutesService;
import org.stepahead.application.service.event.RescheduleEventService;
import org.stepahead.application.service.event.ScheduleEventService;
import org.stepahead.application.service.health.CheckStorageService;
import org.stepahead.application.service.membership.AdmitMemberService;
import org.stepahead.application.service.membership.AdmitNewMemberService;
import org.stepahead.application.service.membership.ChangeMemberRolesService;
import org.stepahead.application.service.membership.EndTutoringService;
import org.stepahead.application.service.membership.GetMemberRegisterService;
import org.stepahead.application.service.membership.GetMembershipService;
import org.stepahead.application.service.membership.LeaveCommunityService;
import org.stepahead.application.service.membership.LinkTutorService;
import org.stepahead.application.service.organization.GetOrganizationService;
import org.stepahead.application.service.organization.ListOrganizationsService;
import org.stepahead.application.service.organization.RegisterOrganizationService;
import org.stepahead.application.service.program.AddDirectionService;
import org.stepahead.application.service.program.AddExpectedResultService;
import org.stepahead.application.service.program.AddIndicatorService;
import org.stepahead.application.service.program.ApproveProgramService;
import org.stepahead.application.service.program.AssessResultService;
import org.stepahead.application.service.program.CloseStageService;
import org.stepahead.application.service.program.DraftProgramService;
import org.stepahead.application.service.program.GetProgramOverviewService;
import org.stepahead.application.service.program.ListProgramsService;
import org.stepahead.application.service.program.PlanActivityService;
import org.stepahead.application.service.program.PlanStageService;
import org.stepahead.application.service.program.RecordMeasurementService;
import org.stepahead.application.service.program.ReviseActivityService;
import org.stepahead.application.service.program.ReviseDirectionService;
import org.stepahead.application.service.program.ReviseExpectedResultService;
import org.stepahead.application.service.program.ReviseIndicatorService;
import org.stepahead.application.service.program.ReviseProgramService;
import org.stepahead.application.service.program.ReviseStageService;
import org.stepahead.application.service.program.StartStageService;
import org.stepahead.application.service.transfer.ExportCommunityService;
import org.stepahead.application.service.transfer.ImportCommunityService;
import org.stepahead.application.service.transfer.ImportUseCases;

/**
 * Entry point and composition root: builds every service once from a storage and a clock (and a publisher of domain
 * events), each behind the one incoming port it implements. It only assembles — no service knows it. The CLI's
 * {@code main}, the web adapter's Spring configuration and any school system that embeds the jars call
 * {@link #create} and take the use cases they need, one accessor each, or all of them with {@link #useCases()}.
 *
 * <pre>{@code
 * try (Storage storage = StorageProvider.find("memory:")) {
 *   StepAhead app = StepAhead.create(storage, Clock.systemDefaultZone());
 *   OrganizationId school = app.registerOrganization().register(...);
 * }
 * }</pre>
 */
public final class StepAhead {

    private final RegisterOrganizationUseCase registerOrganization;
    private final ListOrganizationsUseCase listOrganizations;
    private final GetOrganizationUseCase getOrganization;
    private final RegisterEducatorUseCase registerEducator;
    private final GetEducatorUseCase getEducator;
    private final FoundCommunityUseCase foundCommunity;
    private final ReviseCommunityUseCase reviseCommunity;
    private final AddDaysOffUseCase addDaysOff;
    private final RemoveDaysOffUseCase removeDaysOff;
    private final GetCommunityUseCase getCommunity;
    private final ListCommunitiesUseCase listCommunities;
    private final AdmitMemberUseCase admitMember;
    private final ChangeMemberRolesUseCase changeMemberRoles;
    private final LeaveCommunityUseCase leaveCommunity;
    private final LinkTutorUseCase linkTutor;
    private final EndTutoringUseCase endTutoring;
    private final GetMemberRegisterUseCase memberRegister;
    private final GetMembershipUseCase getMembership;
    private final AdmitNewMemberUseCase admitNewMember;
    private final DraftProgramUseCase draftProgram;
    private final ReviseProgramUseCase reviseProgram;
    private final PlanStageUseCase planStage;
    private final ReviseStageUseCase reviseStage;
    private final AddDirectionUseCase addDirection;
    private final ReviseDirectionUseCase reviseDirection;
    private final PlanActivityUseCase planActivity;
    private final ReviseActivityUseCase reviseActivity;
    private final AddExpectedResultUseCase addExpectedResult;
    private final ReviseExpectedResultUseCase reviseExpectedResult;
    private final AddIndicatorUseCase addIndicator;
    private final ReviseIndicatorUseCase reviseIndicator;
    private final ApproveProgramUseCase approveProgram;
    private final StartStageUseCase startStage;
    private final CloseStageUseCase closeStage;
    private final AssessResultUseCase assessResult;
    private final RecordMeasurementUseCase recordMeasurement;
    private final GetProgramOverviewUseCase programOverview;
    private final ListProgramsUseCase listPrograms;
    private final ScheduleEventUseCase scheduleEvent;
    private final RecordAttendanceUseCase recordAttendance;
    private final RecordMinutesUseCase recordMinutes;
    private final CancelEventUseCase cancelEvent;
    private final RescheduleEventUseCase rescheduleEvent;
    private final GetCommunityEventsUseCase communityEvents;
    private final GetEventUseCase getEvent;
    private final GenerateEventsUseCase generateEvents;
    private final PreviewEventsUseCase previewEvents;
    private final GetAttendanceSummaryUseCase attendanceSummary;
    private final PlanDecisionUseCase planDecision;
    private final CreateAccountUseCase createAccount;
    private final ChangePasswordUseCase changePassword;
    private final DisableAccountUseCase disableAccount;
    private final EnableAccountUseCase enableAccount;
    private final ListAccountsUseCase listAccounts;
    private final GetAccountUseCase getAccount;
    private final AuthenticateAccountUseCase authenticateAccount;
    private final IssueApiTokenUseCase issueApiToken;
    private final ListApiTokensUseCase listApiTokens;
    private final RevokeApiTokenUseCase revokeApiToken;
    private final BootstrapAdministratorUseCase bootstrapAdministrator;
    private final ResolveAccessUseCase resolveAccess;
    private final ImportCommunityUseCase importCommunity;
    private final ExportCommunityUseCase exportCommunity;
    private final ExportCalendarUseCase exportCalendar;
    private final CheckStorageUseCase checkStorage;

    private StepAhead(
            Storage storage, ClockPort clock, DomainEventPublisher publisher, Supplier<CalendarWriter> calendarWriter) {
        UseCaseRunner runner = new UseCaseRunner(storage.unitOfWork(), publisher);
        this.registerOrganization = new RegisterOrganizationService(runner, storage.organizations());
        this.listOrganizations = new ListOrganizationsService(runner, storage.organizations());
        this.getOrganization = new GetOrganizationService(runner, storage.organizations());
        this.registerEducator = new RegisterEducatorService(runner, storage.educators(), storage.organizations());
        this.getEducator = new GetEducatorService(runner, storage.educators());
        this.foundCommunity = new FoundCommunityService(runner, storage.communities(), storage.organizations());
        this.reviseCommunity = new ReviseCommunityService(runner, storage.communities(), storage.organizations());
        this.addDaysOff = new AddDaysOffService(runner, storage.communities());
        this.removeDaysOff = new RemoveDaysOffService(runner, storage.communities());
        this.getCommunity = new GetCommunityService(runner, storage.communities(), storage.organizations());
        this.listCommunities = new ListCommunitiesService(runner, storage.communities(), storage.organizations());
        this.admitMember =
                new AdmitMemberService(runner, storage.memberships(), storage.educators(), storage.communities());
        this.changeMemberRoles = new ChangeMemberRolesService(runner, storage.memberships(), storage.educators());
        this.leaveCommunity = new LeaveCommunityService(runner, storage.memberships(), storage.communities(), clock);
        this.linkTutor =
                new LinkTutorService(runner, storage.memberships(), storage.educators(), storage.communities(), clock);
        this.endTutoring = new EndTutoringService(runner, storage.memberships(), storage.communities(), clock);
        this.memberRegister = new GetMemberRegisterService(runner, storage.memberships(), storage.communities());
        this.getMembership = new GetMembershipService(runner, storage.memberships());
        this.admitNewMember = new AdmitNewMemberService(runner, this.registerEducator, this.admitMember);
        this.draftProgram = new DraftProgramService(runner, storage.programs(), storage.communities());
        this.reviseProgram = new ReviseProgramService(runner, storage.programs());
        this.planStage = new PlanStageService(runner, storage.programs());
        this.reviseStage = new ReviseStageService(runner, storage.programs());
        this.addDirection = new AddDirectionService(runner, storage.programs());
        this.reviseDirection = new ReviseDirectionService(runner, storage.programs());
        this.planActivity = new PlanActivityService(runner, storage.programs());
        this.reviseActivity = new ReviseActivityService(runner, storage.programs());
        this.addExpectedResult = new AddExpectedResultService(runner, storage.programs());
        this.reviseExpectedResult = new ReviseExpectedResultService(runner, storage.programs());
        this.addIndicator = new AddIndicatorService(runner, storage.programs());
        this.reviseIndicator = new ReviseIndicatorService(runner, storage.programs());
        this.approveProgram = new ApproveProgramService(runner, storage.programs(), storage.communities(), clock);
        this.startStage = new StartStageService(runner, storage.programs(), storage.communities(), clock);
        this.closeStage = new CloseStageService(runner, storage.programs(), storage.communities(), clock);
        this.assessResult = new AssessResultService(runner, storage.programs(), storage.communities(), clock);
        this.recordMeasurement = new RecordMeasurementService(runner, storage.programs(), storage.communities(), clock);
        this.programOverview = new GetProgramOverviewService(runner, storage.programs(), storage.communities());
        this.listPrograms = new ListProgramsService(runner, storage.programs(), storage.communities());
        this.scheduleEvent =
                new ScheduleEventService(runner, storage.events(), storage.programs(), storage.communities());
        this.recordAttendance = new RecordAttendanceService(
                runner, storage.events(), storage.communities(), storage.memberships(), storage.educators(), clock);
        this.recordMinutes = new RecordMinutesService(runner, storage.events(), storage.communities(), clock);
        this.cancelEvent = new CancelEventService(runner, storage.events());
        this.rescheduleEvent = new RescheduleEventService(runner, storage.events(), storage.programs());
        this.communityEvents =
                new GetCommunityEventsService(runner, storage.events(), storage.programs(), storage.communities());
        this.getEvent = new GetEventService(runner, storage.events(), storage.programs(), storage.communities());
        this.generateEvents =
                new GenerateEventsService(runner, storage.events(), storage.programs(), storage.communities());
        this.previewEvents =
                new PreviewEventsService(runner, storage.events(), storage.programs(), storage.communities());
        this.attendanceSummary = new GetAttendanceSummaryService(
                runner,
                storage.events(),
                storage.programs(),
                storage.communities(),
                storage.memberships(),
                storage.educators());
        this.planDecision = new PlanDecisionService(runner, storage.events(), storage.programs());
        this.createAccount = new CreateAccountService(runner, storage.accounts(), storage.educators());
        this.changePassword = new ChangePasswordService(runner, storage.accounts());
        this.disableAccount = new DisableAccountService(runner, storage.accounts());
        this.enableAccount = new EnableAccountService(runner, storage.accounts());
        this.listAccounts = new ListAccountsService(runner, storage.accounts());
        this.getAccount = new GetAccountService(runner, storage.accounts());
        this.authenticateAccount = new AuthenticateAccountService(runner, storage.accounts(), clock);
        this.issueApiToken = new IssueApiTokenService(runner, storage.accounts(), clock);
        this.listApiTokens = new ListApiTokensService(runner, storage.accounts(), clock);
        this.revokeApiToken = new RevokeApiTokenService(runner, storage.accounts(), clock);
        this.bootstrapAdministrator =
                new BootstrapAdministratorService(runner, storage.accounts(), storage.educators());
        this.resolveAccess = new ResolveAccessService(
                runner, storage.memberships(), storage.communities(), storage.programs(), storage.events());
        this.importCommunity = new ImportCommunityService(
                runner,
                new ImportUseCases(
                        this.registerOrganization,
                        this.registerEducator,
                        this.foundCommunity,
                        this.addDaysOff,
                        this.admitMember,
                        this.linkTutor,
                        this.endTutoring,
                        this.leaveCommunity,
                        this.draftProgram,
                        this.planStage,
                        this.addDirection,
                        this.planActivity,
                        this.reviseActivity,
                        this.addExpectedResult,
                        this.addIndicator,
                        this.approveProgram,
                        this.recordMeasurement,
                        this.startStage,
                        this.closeStage,
                        this.assessResult,
                        this.scheduleEvent,
                        this.recordAttendance,
                        this.recordMinutes),
                storage.importedDocuments(),
                storage.communities(),
                clock);
        this.exportCommunity = new ExportCommunityService(
                runner,
                storage.importedDocuments(),
                new ExportCommunityService.UseCases(
                        this.getCommunity,
                        this.memberRegister,
                        this.getMembership,
                        this.listPrograms,
                        this.programOverview,
                        this.communityEvents,
                        this.getEducator,
                        this.getOrganization));
        this.exportCalendar = new ExportCalendarService(
                runner, storage.communities(), storage.programs(), storage.events(), clock, calendarWriter);
        this.checkStorage = new CheckStorageService(runner, storage);
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

    /**
     * One use case: the name of its accessor, the incoming port it is offered as, and the accessor that takes it from
     * an assembled {@code StepAhead}.
     */
    public record Binding<T>(String name, Class<T> port, Function<StepAhead, T> accessor) {

        public Binding {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(accessor, "accessor");
        }

        /** The use case as the given assembly offers it. */
        public T of(StepAhead app) {
            return accessor.apply(app);
        }
    }

    /**
     * Every use case with its incoming port, one each, known before anything is assembled: for composition code that
     * registers the use cases by type (the web adapter's Spring configuration) and takes them from the assembly later.
     */
    public static List<Binding<?>> useCases() {
        return USE_CASES;
    }

    /** Built once: composition code asks for it per port (the CLI once per command parameter at start-up). */
    private static final List<Binding<?>> USE_CASES = List.of(
            new Binding<>("registerOrganization", RegisterOrganizationUseCase.class, StepAhead::registerOrganization),
            new Binding<>("listOrganizations", ListOrganizationsUseCase.class, StepAhead::listOrganizations),
            new Binding<>("getOrganization", GetOrganizationUseCase.class, StepAhead::getOrganization),
            new Binding<>("registerEducator", RegisterEducatorUseCase.class, StepAhead::registerEducator),
            new Binding<>("getEducator", GetEducatorUseCase.class, StepAhead::getEducator),
            new Binding<>("foundCommunity", FoundCommunityUseCase.class, StepAhead::foundCommunity),
            new Binding<>("reviseCommunity", ReviseCommunityUseCase.class, StepAhead::reviseCommunity),
            new Binding<>("addDaysOff", AddDaysOffUseCase.class, StepAhead::addDaysOff),
            new Binding<>("removeDaysOff", RemoveDaysOffUseCase.class, StepAhead::removeDaysOff),
            new Binding<>("getCommunity", GetCommunityUseCase.class, StepAhead::getCommunity),
            new Binding<>("listCommunities", ListCommunitiesUseCase.class, StepAhead::listCommunities),
            new Binding<>("admitMember", AdmitMemberUseCase.class, StepAhead::admitMember),
            new Binding<>("changeMemberRoles", ChangeMemberRolesUseCase.class, StepAhead::changeMemberRoles),
            new Binding<>("leaveCommunity", LeaveCommunityUseCase.class, StepAhead::leaveCommunity),
            new Binding<>("linkTutor", LinkTutorUseCase.class, StepAhead::linkTutor),
            new Binding<>("endTutoring", EndTutoringUseCase.class, StepAhead::endTutoring),
            new Binding<>("memberRegister", GetMemberRegisterUseCase.class, StepAhead::memberRegister),
            new Binding<>("getMembership", GetMembershipUseCase.class, StepAhead::getMembership),
            new Binding<>("admitNewMember", AdmitNewMemberUseCase.class, StepAhead::admitNewMember),
            new Binding<>("draftProgram", DraftProgramUseCase.class, StepAhead::draftProgram),
            new Binding<>("reviseProgram", ReviseProgramUseCase.class, StepAhead::reviseProgram),
            new Binding<>("planStage", PlanStageUseCase.class, StepAhead::planStage),
            new Binding<>("reviseStage", ReviseStageUseCase.class, StepAhead::reviseStage),
            new Binding<>("addDirection", AddDirectionUseCase.class, StepAhead::addDirection),
            new Binding<>("reviseDirection", ReviseDirectionUseCase.class, StepAhead::reviseDirection),
            new Binding<>("planActivity", PlanActivityUseCase.class, StepAhead::planActivity),
            new Binding<>("reviseActivity", ReviseActivityUseCase.class, StepAhead::reviseActivity),
            new Binding<>("addExpectedResult", AddExpectedResultUseCase.class, StepAhead::addExpectedResult),
            new Binding<>("reviseExpectedResult", ReviseExpectedResultUseCase.class, StepAhead::reviseExpectedResult),
            new Binding<>("addIndicator", AddIndicatorUseCase.class, StepAhead::addIndicator),
            new Binding<>("reviseIndicator", ReviseIndicatorUseCase.class, StepAhead::reviseIndicator),
            new Binding<>("approveProgram", ApproveProgramUseCase.class, StepAhead::approveProgram),
            new Binding<>("startStage", StartStageUseCase.class, StepAhead::startStage),
            new Binding<>("closeStage", CloseStageUseCase.class, StepAhead::closeStage),
            new Binding<>("assessResult", AssessResultUseCase.class, StepAhead::assessResult),
            new Binding<>("recordMeasurement", RecordMeasurementUseCase.class, StepAhead::recordMeasurement),
            new Binding<>("programOverview", GetProgramOverviewUseCase.class, StepAhead::programOverview),
            new Binding<>("listPrograms", ListProgramsUseCase.class, StepAhead::listPrograms),
            new Binding<>("scheduleEvent", ScheduleEventUseCase.class, StepAhead::scheduleEvent),
            new Binding<>("recordAttendance", RecordAttendanceUseCase.class, StepAhead::recordAttendance),
            new Binding<>("recordMinutes", RecordMinutesUseCase.class, StepAhead::recordMinutes),
            new Binding<>("cancelEvent", CancelEventUseCase.class, StepAhead::cancelEvent),
            new Binding<>("rescheduleEvent", RescheduleEventUseCase.class, StepAhead::rescheduleEvent),
            new Binding<>("communityEvents", GetCommunityEventsUseCase.class, StepAhead::communityEvents),
            new Binding<>("getEvent", GetEventUseCase.class, StepAhead::getEvent),
            new Binding<>("generateEvents", GenerateEventsUseCase.class, StepAhead::generateEvents),
            new Binding<>("previewEvents", PreviewEventsUseCase.class, StepAhead::previewEvents),
            new Binding<>("attendanceSummary", GetAttendanceSummaryUseCase.class, StepAhead::attendanceSummary),
            new Binding<>("planDecision", PlanDecisionUseCase.class, StepAhead::planDecision),
            new Binding<>("createAccount", CreateAccountUseCase.class, StepAhead::createAccount),
            new Binding<>("changePassword", ChangePasswordUseCase.class, StepAhead::changePassword),
            new Binding<>("disableAccount", DisableAccountUseCase.class, StepAhead::disableAccount),
            new Binding<>("enableAccount", EnableAccountUseCase.class, StepAhead::enableAccount),
            new Binding<>("listAccounts", ListAccountsUseCase.class, StepAhead::listAccounts),
            new Binding<>("getAccount", GetAccountUseCase.class, StepAhead::getAccount),
            new Binding<>("authenticateAccount", AuthenticateAccountUseCase.class, StepAhead::authenticateAccount),
            new Binding<>("issueApiToken", IssueApiTokenUseCase.class, StepAhead::issueApiToken),
            new Binding<>("listApiTokens", ListApiTokensUseCase.class, StepAhead::listApiTokens),
            new Binding<>("revokeApiToken", RevokeApiTokenUseCase.class, StepAhead::revokeApiToken),
            new Binding<>(
                    "bootstrapAdministrator", BootstrapAdministratorUseCase.class, StepAhead::bootstrapAdministrator),
            new Binding<>("resolveAccess", ResolveAccessUseCase.class, StepAhead::resolveAccess),
            new Binding<>("importCommunity", ImportCommunityUseCase.class, StepAhead::importCommunity),
            new Binding<>("exportCommunity", ExportCommunityUseCase.class, StepAhead::exportCommunity),
            new Binding<>("exportCalendar", ExportCalendarUseCase.class, StepAhead::exportCalendar),
            new Binding<>("checkStorage", CheckStorageUseCase.class, StepAhead::checkStorage));

    /** Registers an organization. */
    public RegisterOrganizationUseCase registerOrganization() {
        return registerOrganization;
    }

    /** Lists the organizations by name. */
    public ListOrganizationsUseCase listOrganizations() {
        return listOrganizations;
    }

    /** Reads one organization. */
    public GetOrganizationUseCase getOrganization() {
        return getOrganization;
    }

    /** Registers educators, one or many at a time. */
    public RegisterEducatorUseCase registerEducator() {
        return registerEducator;
    }

    /** Reads one educator. */
    public GetEducatorUseCase getEducator() {
        return getEducator;
    }

    /** Founds a community. */
    public FoundCommunityUseCase foundCommunity() {
        return foundCommunity;
    }

    /** Revises a community's name, founding document, time zone and profile. */
    public ReviseCommunityUseCase reviseCommunity() {
        return reviseCommunity;
    }

    /** Use case: mark days a community does not work. */
    public AddDaysOffUseCase addDaysOff() {
        return addDaysOff;
    }

    /** Use case: remove days off a community marked. */
    public RemoveDaysOffUseCase removeDaysOff() {
        return removeDaysOff;
    }

    /** Reads one community. */
    public GetCommunityUseCase getCommunity() {
        return getCommunity;
    }

    /** Lists the communities by name. */
    public ListCommunitiesUseCase listCommunities() {
        return listCommunities;
    }

    /** Admits a registered educator to a community. */
    public AdmitMemberUseCase admitMember() {
        return admitMember;
    }

    /** Changes a member's roles. */
    public ChangeMemberRolesUseCase changeMemberRoles() {
        return changeMemberRoles;
    }

    /** Lets a member leave a community. */
    public LeaveCommunityUseCase leaveCommunity() {
        return leaveCommunity;
    }

    /** Links a tutor to a tutee. */
    public LinkTutorUseCase linkTutor() {
        return linkTutor;
    }

    /** Ends a tutoring link. */
    public EndTutoringUseCase endTutoring() {
        return endTutoring;
    }

    /** Reads a page of a community's member register. */
    public GetMemberRegisterUseCase memberRegister() {
        return memberRegister;
    }

    /** Reads one membership. */
    public GetMembershipUseCase getMembership() {
        return getMembership;
    }

    /** Registers an educator and admits them, in one step. */
    public AdmitNewMemberUseCase admitNewMember() {
        return admitNewMember;
    }

    /** Drafts a program. */
    public DraftProgramUseCase draftProgram() {
        return draftProgram;
    }

    /** Revises a draft program. */
    public ReviseProgramUseCase reviseProgram() {
        return reviseProgram;
    }

    /** Adds a stage to a draft program. */
    public PlanStageUseCase planStage() {
        return planStage;
    }

    /** Revises a stage of a draft program. */
    public ReviseStageUseCase reviseStage() {
        return reviseStage;
    }

    /** Adds a direction to a draft program. */
    public AddDirectionUseCase addDirection() {
        return addDirection;
    }

    /** Revises a direction of a draft program. */
    public ReviseDirectionUseCase reviseDirection() {
        return reviseDirection;
    }

    /** Plans an activity of a draft program. */
    public PlanActivityUseCase planActivity() {
        return planActivity;
    }

    /** Revises an activity of a draft program. */
    public ReviseActivityUseCase reviseActivity() {
        return reviseActivity;
    }

    /** Adds an expected result to a draft program. */
    public AddExpectedResultUseCase addExpectedResult() {
        return addExpectedResult;
    }

    /** Revises an expected result of a draft program. */
    public ReviseExpectedResultUseCase reviseExpectedResult() {
        return reviseExpectedResult;
    }

    /** Adds an indicator to a draft program. */
    public AddIndicatorUseCase addIndicator() {
        return addIndicator;
    }

    /** Revises an indicator of a draft program. */
    public ReviseIndicatorUseCase reviseIndicator() {
        return reviseIndicator;
    }

    /** Approves a program. */
    public ApproveProgramUseCase approveProgram() {
        return approveProgram;
    }

    /** Starts a stage of an approved program. */
    public StartStageUseCase startStage() {
        return startStage;
    }

    /** Closes the running stage of a program. */
    public CloseStageUseCase closeStage() {
        return closeStage;
    }

    /** Assesses an expected result. */
    public AssessResultUseCase assessResult() {
        return assessResult;
    }

    /** Records a measurement of an indicator. */
    public RecordMeasurementUseCase recordMeasurement() {
        return recordMeasurement;
    }

    /** Reads a program's overview, or its version stamp. */
    public GetProgramOverviewUseCase programOverview() {
        return programOverview;
    }

    /** Lists a community's programs. */
    public ListProgramsUseCase listPrograms() {
        return listPrograms;
    }

    /** Schedules an event. */
    public ScheduleEventUseCase scheduleEvent() {
        return scheduleEvent;
    }

    /** Records an event's attendance. */
    public RecordAttendanceUseCase recordAttendance() {
        return recordAttendance;
    }

    /** Records an event's minutes. */
    public RecordMinutesUseCase recordMinutes() {
        return recordMinutes;
    }

    /** Cancels an event. */
    public CancelEventUseCase cancelEvent() {
        return cancelEvent;
    }

    /** Moves an event to another day, times or place. */
    public RescheduleEventUseCase rescheduleEvent() {
        return rescheduleEvent;
    }

    /** Reads a community's events in a date range. */
    public GetCommunityEventsUseCase communityEvents() {
        return communityEvents;
    }

    /** Reads one event. */
    public GetEventUseCase getEvent() {
        return getEvent;
    }

    /** Generates the events of a program's activities. */
    public GenerateEventsUseCase generateEvents() {
        return generateEvents;
    }

    /** Previews the events a generation would create. */
    public PreviewEventsUseCase previewEvents() {
        return previewEvents;
    }

    /** Reads attendance counts per event and per member. */
    public GetAttendanceSummaryUseCase attendanceSummary() {
        return attendanceSummary;
    }

    /** Makes a decision of an event's minutes an activity of a program. */
    public PlanDecisionUseCase planDecision() {
        return planDecision;
    }

    /** Opens a user account. */
    public CreateAccountUseCase createAccount() {
        return createAccount;
    }

    /** Changes an account's password. */
    public ChangePasswordUseCase changePassword() {
        return changePassword;
    }

    /** Disables an account. */
    public DisableAccountUseCase disableAccount() {
        return disableAccount;
    }

    /** Enables a disabled account. */
    public EnableAccountUseCase enableAccount() {
        return enableAccount;
    }

    /** Lists the accounts. */
    public ListAccountsUseCase listAccounts() {
        return listAccounts;
    }

    /** Reads one account. */
    public GetAccountUseCase getAccount() {
        return getAccount;
    }

    /** Finds the account signing in, by username or API token. */
    public AuthenticateAccountUseCase authenticateAccount() {
        return authenticateAccount;
    }

    /** Issues an API token. */
    public IssueApiTokenUseCase issueApiToken() {
        return issueApiToken;
    }

    /** Lists an account's API tokens. */
    public ListApiTokensUseCase listApiTokens() {
        return listApiTokens;
    }

    /** Revokes an API token. */
    public RevokeApiTokenUseCase revokeApiToken() {
        return revokeApiToken;
    }

    /** Creates the first administrator when there is none. */
    public BootstrapAdministratorUseCase bootstrapAdministrator() {
        return bootstrapAdministrator;
    }

    /** Resolves who may reach what, for the adapters' access checks. */
    public ResolveAccessUseCase resolveAccess() {
        return resolveAccess;
    }

    /** Imports a community document. */
    public ImportCommunityUseCase importCommunity() {
        return importCommunity;
    }

    /** Exports a community as a document. */
    public ExportCommunityUseCase exportCommunity() {
        return exportCommunity;
    }

    /** Exports a community's or a program's calendar. */
    public ExportCalendarUseCase exportCalendar() {
        return exportCalendar;
    }

    /** Checks that the storage answers. */
    public CheckStorageUseCase checkStorage() {
        return checkStorage;
    }
}
