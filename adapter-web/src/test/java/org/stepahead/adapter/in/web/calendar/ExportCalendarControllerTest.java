package org.stepahead.adapter.in.web.calendar;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.stepahead.adapter.in.web.WebSecurityTestConfiguration;
import org.stepahead.adapter.in.web.common.ProblemAdvice;
import org.stepahead.application.port.in.calendar.CalendarText;
import org.stepahead.application.port.in.calendar.ExportCalendarUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.NotFound;

@WebMvcTest
@ContextConfiguration(
        classes = {ExportCalendarController.class, ProblemAdvice.class, WebSecurityTestConfiguration.class})
@TestPropertySource(properties = {"stepahead.admin.user=admin", "stepahead.admin.password=secret"})
class ExportCalendarControllerTest {

    private static final UUID COMMUNITY = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    private static final String ICS = "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Клуб\r\nEND:VCALENDAR\r\n";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ExportCalendarUseCase exportCalendar;

    @Test
    void givenACommunity_calendar_answersTextCalendarInUtf8() throws Exception {
        given(exportCalendar.communityFeed(new CommunityId(COMMUNITY), CalendarText.RUSSIAN))
                .willReturn(new CalendarText("Клуб", ICS));

        mvc.perform(get("/api/v1/communities/{id}/calendar.ics", COMMUNITY).with(httpBasic("admin", "secret")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(
                        header().string("Content-Disposition", "inline; filename=\"community-" + COMMUNITY + ".ics\""))
                .andExpect(content().bytes(ICS.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void givenEnglishAskedFor_programCalendar_asksForEnglishLabels() throws Exception {
        given(exportCalendar.programFeed(any(), any())).willReturn(new CalendarText("P", ICS));

        mvc.perform(get("/api/v1/programs/{id}/calendar.ics", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .header("Accept-Language", "en-GB"))
                .andExpect(status().isOk());

        then(exportCalendar).should().programFeed(new ProgramId(PROGRAM), Locale.ENGLISH);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {"en-GB|en", "ru, en;q=0.8|ru", "de, en;q=0.5|en", "de|ru", "''|ru", "not a range;;|ru"})
    void givenAnAcceptLanguage_language_isEnglishOnlyWhenPreferredToRussian(String header, String expected) {
        org.assertj.core.api.Assertions.assertThat(
                        ExportCalendarController.language(header).getLanguage())
                .isEqualTo(expected);
    }

    @Test
    void givenAnUnknownProgram_calendar_answers404ProblemEvenToACalendarClient() throws Exception {
        given(exportCalendar.programFeed(any(), any())).willThrow(new NotFound("program", new ProgramId(PROGRAM)));

        mvc.perform(get("/api/v1/programs/{id}/calendar.ics", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .accept("text/calendar"))
                .andExpect(status().isNotFound())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void givenAnIdThatIsNoUuid_calendar_answers400() throws Exception {
        mvc.perform(get("/api/v1/communities/{id}/calendar.ics", "abc").with(httpBasic("admin", "secret")))
                .andExpect(status().isBadRequest())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
    }
}
