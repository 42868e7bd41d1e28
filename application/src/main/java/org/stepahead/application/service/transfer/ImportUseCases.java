package org.stepahead.application.service.transfer;

import org.stepahead.application.port.in.community.AddDaysOffUseCase;
import org.stepahead.application.port.in.community.FoundCommunityUseCase;
import org.stepahead.application.port.in.educator.RegisterEducatorUseCase;
import org.stepahead.application.port.in.event.RecordAttendanceUseCase;
import org.stepahead.application.port.in.event.RecordMinutesUseCase;
import org.stepahead.application.port.in.event.ScheduleEventUseCase;
import org.stepahead.application.port.in.membership.AdmitMemberUseCase;
import org.stepahead.application.port.in.membership.EndTutoringUseCase;
import org.stepahead.application.port.in.membership.LeaveCommunityUseCase;
import org.stepahead.application.port.in.membership.LinkTutorUseCase;
import org.stepahead.application.port.in.organization.RegisterOrganizationUseCase;
import org.stepahead.application.port.in.program.AddDirectionUseCase;
import org.stepahead.application.port.in.program.AddExpectedResultUseCase;
import org.stepahead.application.port.in.program.AddIndicatorUseCase;
import org.stepahead.application.port.in.program.ApproveProgramUseCase;
import org.stepahead.application.port.in.program.AssessResultUseCase;
import org.stepahead.application.port.in.program.CloseStageUseCase;
import org.stepahead.application.port.in.program.DraftProgramUseCase;
import org.stepahead.application.port.in.program.PlanActivityUseCase;
import org.stepahead.application.port.in.program.PlanStageUseCase;
import org.stepahead.application.port.in.program.RecordMeasurementUseCase;
import org.stepahead.application.port.in.program.ReviseActivityUseCase;
import org.stepahead.application.port.in.program.StartStageUseCase;

/** The use cases an import enters a community through (the import service hands them to each run). */
public record ImportUseCases(
        RegisterOrganizationUseCase registerOrganization,
        RegisterEducatorUseCase registerEducator,
        FoundCommunityUseCase foundCommunity,
        AddDaysOffUseCase addDaysOff,
        AdmitMemberUseCase admitMember,
        LinkTutorUseCase linkTutor,
        EndTutoringUseCase endTutoring,
        LeaveCommunityUseCase leaveCommunity,
        DraftProgramUseCase draftProgram,
        PlanStageUseCase planStage,
        AddDirectionUseCase addDirection,
        PlanActivityUseCase planActivity,
        ReviseActivityUseCase reviseActivity,
        AddExpectedResultUseCase addExpectedResult,
        AddIndicatorUseCase addIndicator,
        ApproveProgramUseCase approveProgram,
        RecordMeasurementUseCase recordMeasurement,
        StartStageUseCase startStage,
        CloseStageUseCase closeStage,
        AssessResultUseCase assessResult,
        ScheduleEventUseCase scheduleEvent,
        RecordAttendanceUseCase recordAttendance,
        RecordMinutesUseCase recordMinutes) {}
