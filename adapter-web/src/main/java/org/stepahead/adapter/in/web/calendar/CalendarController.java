package org.stepahead.adapter.in.web.calendar;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.calendar.CalendarText;
import org.stepahead.application.port.in.calendar.ExportCalendarUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;

/**
 * REST: iCalendar feeds to subscribe to — a community's ({@code /communities/{id}/calendar.ics}) and a program's
 * ({@code /programs/{id}/calendar.ics}), as {@code text/calendar; charset=UTF-8}; labels follow Accept-Language.
 */
@RestController
@RequestMapping("/api/v1")
class CalendarController {

  static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  private final ExportCalendarUseCase exportCalendar;

  CalendarController(ExportCalendarUseCase exportCalendar) {
    this.exportCalendar = exportCalendar;
  }

  @GetMapping("/communities/{communityId}/calendar.ics")
  ResponseEntity<String> community(@PathVariable UUID communityId, Locale locale) {
    return ics(exportCalendar.communityFeed(new CommunityId(communityId), language(locale)), "community-" + communityId);
  }

  @GetMapping("/programs/{programId}/calendar.ics")
  ResponseEntity<String> program(@PathVariable UUID programId, Locale locale) {
    return ics(exportCalendar.programFeed(new ProgramId(programId), language(locale)), "program-" + programId);
  }

  private static Locale language(Locale locale) {
    return locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : CalendarText.RUSSIAN;
  }

  private static ResponseEntity<String> ics(CalendarText text, String fileName) {
    return ResponseEntity.ok()
        .contentType(TEXT_CALENDAR)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(fileName + ".ics").build().toString())
        .body(text.content());
  }
}
