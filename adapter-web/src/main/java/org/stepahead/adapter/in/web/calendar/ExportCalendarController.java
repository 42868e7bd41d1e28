package org.stepahead.adapter.in.web.calendar;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.calendar.CalendarText;
import org.stepahead.application.port.in.calendar.ExportCalendarUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;

/** REST: {@link ExportCalendarUseCase} at {@code GET /api/v1/communities|programs/{id}/calendar.ics}. */
@RestController
@RequestMapping("/api/v1")
record ExportCalendarController(ExportCalendarUseCase exportCalendar) {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    @GetMapping("/communities/{communityId}/calendar.ics")
    ResponseEntity<String> community(
            @PathVariable UUID communityId,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return ics(
                exportCalendar.communityFeed(new CommunityId(communityId), language(acceptLanguage)),
                "community-" + communityId);
    }

    @GetMapping("/programs/{programId}/calendar.ics")
    ResponseEntity<String> program(
            @PathVariable UUID programId,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return ics(
                exportCalendar.programFeed(new ProgramId(programId), language(acceptLanguage)), "program-" + programId);
    }

    /**
     * English only when the request prefers it to Russian; Russian otherwise — also without the header (calendar
     * programs that poll a subscription often send none), whatever the server's own locale.
     */
    static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CalendarText.RUSSIAN;
        }
        try {
            Locale best = Locale.lookup(
                    Locale.LanguageRange.parse(acceptLanguage), List.of(CalendarText.RUSSIAN, Locale.ENGLISH));
            return Locale.ENGLISH.equals(best) ? Locale.ENGLISH : CalendarText.RUSSIAN;
        } catch (IllegalArgumentException malformed) {
            return CalendarText.RUSSIAN;
        }
    }

    private static ResponseEntity<String> ics(CalendarText text, String fileName) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(fileName + ".ics")
                                .build()
                                .toString())
                .body(text.content());
    }
}
