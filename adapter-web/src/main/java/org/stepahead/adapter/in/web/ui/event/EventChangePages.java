package org.stepahead.adapter.in.web.ui.event;

import static org.stepahead.adapter.in.web.ui.FormText.blankToNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepahead.adapter.in.web.ui.Actions;
import org.stepahead.adapter.in.web.ui.Labels;
import org.stepahead.application.port.in.event.CancelEventCommand;
import org.stepahead.application.port.in.event.CancelEventUseCase;
import org.stepahead.application.port.in.event.RescheduleEventCommand;
import org.stepahead.application.port.in.event.RescheduleEventUseCase;
import org.stepahead.domain.event.EventId;

/**
 * Page actions: cancelling an event (with a reason) and moving it (day, times, place), from the forms of the event
 * page. The browser goes back to the event page with a notice, or with the reason of a refusal at its top.
 */
@Controller
public record EventChangePages(CancelEventUseCase cancelEvent, RescheduleEventUseCase rescheduleEvent, Labels labels) {

    @PostMapping("/events/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Actions.run(redirect, labels, () -> {
            cancelEvent.cancel(new CancelEventCommand(new EventId(id), blankToNull(reason), version));
            return labels.text("ui.event.cancelledNotice");
        });
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id}/reschedule")
    String reschedule(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endsAt,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Actions.run(redirect, labels, () -> {
            rescheduleEvent.reschedule(
                    new RescheduleEventCommand(new EventId(id), date, startsAt, endsAt, blankToNull(place), version));
            return labels.text("ui.event.rescheduledNotice");
        });
        return "redirect:/events/" + id;
    }
}
