package org.stepahead.adapter.in.web.ui.community;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepahead.adapter.in.web.ui.Labels;
import org.stepahead.adapter.in.web.ui.community.CommunityViews.DayCell;
import org.stepahead.adapter.in.web.ui.community.CommunityViews.EventLine;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.event.CommunityEventsQuery;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.GetCommunityEventsUseCase;
import org.stepahead.domain.community.CommunityId;

/** Page: a community's events of one month as a calendar grid (weeks from Monday), with the months around it. */
@Controller
public record MonthPages(
        GetCommunityUseCase getCommunity, GetCommunityEventsUseCase communityEvents, Labels labels, Clock clock) {

    @GetMapping("/communities/{id}/calendar")
    String month(@PathVariable UUID id, @RequestParam(required = false) String month, Model model) {
        CommunityView community = getCommunity.get(new CommunityId(id));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(community.timeZone())));
        YearMonth shown = parsed(month, YearMonth.from(today));
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<LocalDate, List<EventView>> byDay =
                communityEvents.events(new CommunityEventsQuery(community.id(), first, last)).stream()
                        .collect(Collectors.groupingBy(EventView::date));
        List<List<DayCell>> weeks = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                weeks.add(new ArrayList<>());
            }
            List<EventLine> events = byDay.getOrDefault(day, List.of()).stream()
                    .sorted(Comparator.comparing(EventView::startsAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .map(e -> new EventLine(
                            e.id().value(),
                            e.startsAt() == null ? "" : e.startsAt().toString(),
                            e.title(),
                            e.place() == null ? "" : e.place(),
                            labels.of(e.form())))
                    .toList();
            weeks.get(weeks.size() - 1)
                    .add(new DayCell(
                            day.getDayOfMonth(),
                            Labels.day(day),
                            YearMonth.from(day).equals(shown),
                            day.equals(today),
                            events));
        }
        List<String> weekdays = new ArrayList<>();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            weekdays.add(weekday.getDisplayName(TextStyle.SHORT_STANDALONE, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("communityId", id);
        model.addAttribute("communityName", community.name());
        model.addAttribute(
                "monthTitle",
                shown.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, LocaleContextHolder.getLocale()) + " "
                        + shown.getYear());
        model.addAttribute("previous", shown.minusMonths(1).toString());
        model.addAttribute("next", shown.plusMonths(1).toString());
        model.addAttribute("weekdays", weekdays);
        model.addAttribute("weeks", weeks);
        model.addAttribute(
                "eventCount",
                weeks.stream()
                        .flatMap(List::stream)
                        .filter(DayCell::inMonth)
                        .mapToInt(d -> d.events().size())
                        .sum());
        return "communities/month";
    }

    /** The month asked for as "2026-11"; this month when none or an unreadable one is given. */
    private static YearMonth parsed(String month, YearMonth current) {
        if (month == null || month.isBlank()) {
            return current;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException unreadable) {
            return current;
        }
    }
}
