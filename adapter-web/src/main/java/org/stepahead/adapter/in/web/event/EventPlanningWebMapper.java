package org.stepahead.adapter.in.web.event;

import java.util.UUID;
import org.mapstruct.Mapper;
import org.stepahead.adapter.in.web.common.WebMapperConfig;
import org.stepahead.application.port.in.event.ActivityOccurrences;
import org.stepahead.application.port.in.event.EventAttendanceView;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.GenerationReport;
import org.stepahead.application.port.in.event.MemberAttendanceView;
import org.stepahead.application.port.in.event.PlanDecisionCommand;

/** Mapping: generation, attendance summary and decision requests to commands, their read models to responses. */
@Mapper(config = WebMapperConfig.class)
interface EventPlanningWebMapper {

    GenerateEventsCommand generate(UUID programId, GenerateEventsRequest request);

    GenerationReportResponse report(GenerationReport report);

    ActivityOccurrencesResponse occurrences(ActivityOccurrences occurrences);

    EventAttendanceResponse attendance(EventAttendanceView view);

    MemberAttendanceResponse attendance(MemberAttendanceView view);

    PlanDecisionCommand decision(UUID eventId, PlanDecisionRequest request, Long expectedVersion);
}
