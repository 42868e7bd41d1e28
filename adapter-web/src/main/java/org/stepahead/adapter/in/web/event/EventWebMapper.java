package org.stepahead.adapter.in.web.event;

import java.util.UUID;
import org.mapstruct.Mapper;
import org.stepahead.adapter.in.web.common.WebMapperConfig;
import org.stepahead.application.port.in.event.CancelEventCommand;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.RecordAttendanceCommand;
import org.stepahead.application.port.in.event.RecordMinutesCommand;
import org.stepahead.application.port.in.event.RescheduleEventCommand;
import org.stepahead.application.port.in.event.ScheduleEventCommand;

/** Mapping: event requests to commands, the event read model to its response. */
@Mapper(config = WebMapperConfig.class)
interface EventWebMapper {

    ScheduleEventCommand schedule(UUID communityId, ScheduleEventRequest request);

    RecordAttendanceCommand attendance(UUID eventId, AttendanceRequest request, Long expectedVersion);

    RecordMinutesCommand minutes(UUID eventId, MinutesRequest request, Long expectedVersion);

    CancelEventCommand cancel(UUID eventId, CancelEventRequest request, Long expectedVersion);

    RescheduleEventCommand reschedule(UUID eventId, RescheduleEventRequest request, Long expectedVersion);

    EventResponse response(EventView view);
}
