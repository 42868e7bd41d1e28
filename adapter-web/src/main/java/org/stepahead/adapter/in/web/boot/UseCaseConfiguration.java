package org.stepahead.adapter.in.web.boot;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.stepahead.application.StepAhead;
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
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;

/**
 * Wiring: opens the storage named by {@code stepahead.storage} (the embedded H2 file by default), builds every use
 * case with {@link StepAhead#create} and offers each incoming port as a bean. Nothing else creates use cases.
 *
 * <p>One service object stands behind several ports (the membership service is admit, roles, leave, tutoring and
 * the register), so a port has several candidate beans by type: controllers name their constructor parameters after
 * these bean methods, and Spring picks the bean of that name.
 */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {

    /** The storage, taken from {@link StorageOpening} when the service was started by its main method. */
    @Bean(destroyMethod = "close")
    Storage storage(Environment environment, ObjectProvider<StorageOpening> opening) {
        String location = StorageOpening.location(environment);
        StorageOpening early = opening.getIfAvailable();
        return early == null ? StorageProvider.find(location) : early.take(location);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    StepAhead stepAhead(Storage storage, Clock clock) {
        return StepAhead.create(storage, clock);
    }

    @Bean
    RegisterOrganizationUseCase registerOrganization(StepAhead stepAhead) {
        return stepAhead.registerOrganization();
    }

    @Bean
    ListOrganizationsUseCase listOrganizations(StepAhead stepAhead) {
        return stepAhead.listOrganizations();
    }

    @Bean
    RegisterEducatorUseCase registerEducator(StepAhead stepAhead) {
        return stepAhead.registerEducator();
    }

    @Bean
    GetEducatorUseCase getEducator(StepAhead stepAhead) {
        return stepAhead.getEducator();
    }

    @Bean
    FoundCommunityUseCase foundCommunity(StepAhead stepAhead) {
        return stepAhead.foundCommunity();
    }

    @Bean
    GetCommunityUseCase getCommunity(StepAhead stepAhead) {
        return stepAhead.getCommunity();
    }

    @Bean
    AdmitMemberUseCase admitMember(StepAhead stepAhead) {
        return stepAhead.admitMember();
    }

    @Bean
    ChangeMemberRolesUseCase changeMemberRoles(StepAhead stepAhead) {
        return stepAhead.changeMemberRoles();
    }

    @Bean
    LeaveCommunityUseCase leaveCommunity(StepAhead stepAhead) {
        return stepAhead.leaveCommunity();
    }

    @Bean
    LinkTutorUseCase linkTutor(StepAhead stepAhead) {
        return stepAhead.linkTutor();
    }

    @Bean
    GetMemberRegisterUseCase memberRegister(StepAhead stepAhead) {
        return stepAhead.memberRegister();
    }

    @Bean
    DraftProgramUseCase draftProgram(StepAhead stepAhead) {
        return stepAhead.draftProgram();
    }

    @Bean
    ReviseProgramUseCase reviseProgram(StepAhead stepAhead) {
        return stepAhead.reviseProgram();
    }

    @Bean
    PlanStageUseCase planStage(StepAhead stepAhead) {
        return stepAhead.planStage();
    }

    @Bean
    PlanDirectionUseCase planDirection(StepAhead stepAhead) {
        return stepAhead.planDirection();
    }

    @Bean
    PlanActivityUseCase planActivity(StepAhead stepAhead) {
        return stepAhead.planActivity();
    }

    @Bean
    PlanExpectedResultUseCase planExpectedResult(StepAhead stepAhead) {
        return stepAhead.planExpectedResult();
    }

    @Bean
    PlanIndicatorUseCase planIndicator(StepAhead stepAhead) {
        return stepAhead.planIndicator();
    }

    @Bean
    ApproveProgramUseCase approveProgram(StepAhead stepAhead) {
        return stepAhead.approveProgram();
    }

    @Bean
    RunStageUseCase runStage(StepAhead stepAhead) {
        return stepAhead.runStage();
    }

    @Bean
    AssessResultUseCase assessResult(StepAhead stepAhead) {
        return stepAhead.assessResult();
    }

    @Bean
    RecordMeasurementUseCase recordMeasurement(StepAhead stepAhead) {
        return stepAhead.recordMeasurement();
    }

    @Bean
    GetProgramOverviewUseCase programOverview(StepAhead stepAhead) {
        return stepAhead.programOverview();
    }

    @Bean
    ScheduleEventUseCase scheduleEvent(StepAhead stepAhead) {
        return stepAhead.scheduleEvent();
    }

    @Bean
    RecordEventOutcomeUseCase recordEventOutcome(StepAhead stepAhead) {
        return stepAhead.recordEventOutcome();
    }

    @Bean
    GetCommunityEventsUseCase communityEvents(StepAhead stepAhead) {
        return stepAhead.communityEvents();
    }

    @Bean
    CreateAccountUseCase createAccount(StepAhead stepAhead) {
        return stepAhead.createAccount();
    }

    @Bean
    ChangePasswordUseCase changePassword(StepAhead stepAhead) {
        return stepAhead.changePassword();
    }

    @Bean
    DisableAccountUseCase disableAccount(StepAhead stepAhead) {
        return stepAhead.disableAccount();
    }

    @Bean
    ListAccountsUseCase listAccounts(StepAhead stepAhead) {
        return stepAhead.listAccounts();
    }

    @Bean
    AuthenticateAccountUseCase authenticateAccount(StepAhead stepAhead) {
        return stepAhead.authenticateAccount();
    }

    @Bean
    IssueApiTokenUseCase apiTokens(StepAhead stepAhead) {
        return stepAhead.apiTokens();
    }

    @Bean
    BootstrapAdministratorUseCase bootstrapAdministrator(StepAhead stepAhead) {
        return stepAhead.bootstrapAdministrator();
    }

    @Bean
    ResolveAccessUseCase resolveAccess(StepAhead stepAhead) {
        return stepAhead.resolveAccess();
    }

    @Bean
    AdmitNewMemberUseCase admitNewMember(StepAhead stepAhead) {
        return stepAhead.admitNewMember();
    }

    @Bean
    ImportCommunityUseCase importCommunity(StepAhead stepAhead) {
        return stepAhead.importCommunity();
    }

    @Bean
    ExportCommunityUseCase exportCommunity(StepAhead stepAhead) {
        return stepAhead.exportCommunity();
    }

    @Bean
    GenerateEventsUseCase generateEvents(StepAhead stepAhead) {
        return stepAhead.generateEvents();
    }

    @Bean
    GetAttendanceSummaryUseCase attendanceSummary(StepAhead stepAhead) {
        return stepAhead.attendanceSummary();
    }

    @Bean
    PlanDecisionUseCase planDecision(StepAhead stepAhead) {
        return stepAhead.planDecision();
    }

    @Bean
    ExportCalendarUseCase exportCalendar(StepAhead stepAhead) {
        return stepAhead.exportCalendar();
    }

    @Bean
    CheckStorageUseCase checkStorage(StepAhead stepAhead) {
        return stepAhead.checkStorage();
    }
}
