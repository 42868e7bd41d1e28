package org.stepahead.application.service.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.event.AgendaItem;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.Minutes;
import org.stepahead.domain.event.PlannedDecision;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;

/** The view of an event, with the titles of the activities its planned decisions became. */
final class EventViews {

    private EventViews() {}

    static EventView view(Event e, Community community, ActivityTitles titles) {
        Minutes m = e.minutes();
        Event.Details d = e.details();
        return new EventView(
                e.getId(),
                e.version(),
                e.communityId(),
                e.programId(),
                e.activityId(),
                e.occurrence(),
                d.title(),
                d.form(),
                d.date(),
                d.startsAt(),
                d.endsAt(),
                community.timeZone().getId(),
                d.place(),
                d.facilitators(),
                e.status(),
                e.cancellationReason(),
                e.presentMembers(),
                e.absentMembers(),
                e.guests(),
                e.attendance().stream()
                        .map(a -> new EventView.AttendanceView(
                                a.memberId(), a.guestName(), a.guestOrganization(), a.present()))
                        .toList(),
                m == null
                        ? null
                        : new EventView.MinutesView(
                                m.number(),
                                m.date(),
                                m.chair(),
                                m.secretary(),
                                e.presentMembers() + e.guests(),
                                e.absentMembers(),
                                agenda(m, e.plannedDecisions(), titles),
                                e.plannedDecisions().isEmpty()));
    }

    /** The agenda items, each decision with the plan item it became, if any. */
    private static List<EventView.AgendaView> agenda(Minutes m, List<PlannedDecision> planned, ActivityTitles titles) {
        List<EventView.AgendaView> agenda = new ArrayList<>();
        for (int i = 0; i < m.agenda().size(); i++) {
            AgendaItem item = m.agenda().get(i);
            List<EventView.DecisionView> decisions = new ArrayList<>();
            for (int n = 0; n < item.decided().size(); n++) {
                int itemNumber = i + 1;
                int decisionNumber = n + 1;
                String text = item.decided().get(n);
                decisions.add(planned.stream()
                        .filter(p -> p.is(itemNumber, decisionNumber))
                        .findFirst()
                        .map(p -> new EventView.DecisionView(
                                decisionNumber, text, true, p.programId(), p.activityId(), titles.of(p)))
                        .orElseGet(() -> new EventView.DecisionView(decisionNumber, text, false, null, null, null)));
            }
            agenda.add(new EventView.AgendaView(
                    item.topic(), item.heard(), item.spoke(), item.decided(), List.copyOf(decisions)));
        }
        return List.copyOf(agenda);
    }

    /** The titles of the activities decisions became, each program read once per query. */
    static final class ActivityTitles {
        private final ProgramRepository programs;
        private final Map<ProgramId, Optional<Program>> read = new HashMap<>();

        ActivityTitles(ProgramRepository programs) {
            this.programs = programs;
        }

        String of(PlannedDecision planned) {
            return read.computeIfAbsent(planned.programId(), programs::findById)
                    .flatMap(p -> p.activities().stream()
                            .filter(a -> a.getId().equals(planned.activityId()))
                            .map(Activity::title)
                            .findFirst())
                    .orElse(null);
        }
    }
}
