package org.stepahead.adapter.in.web.event;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.stepahead.adapter.in.web.WebSecurityTestConfiguration;
import org.stepahead.adapter.in.web.common.IdMapperImpl;
import org.stepahead.adapter.in.web.common.IfMatchResolver;
import org.stepahead.adapter.in.web.common.ProblemAdvice;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.event.CancelEventCommand;
import org.stepahead.application.port.in.event.CancelEventUseCase;
import org.stepahead.application.port.in.event.RescheduleEventCommand;
import org.stepahead.application.port.in.event.RescheduleEventUseCase;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.shared.DomainRuleViolation;

@WebMvcTest
@ContextConfiguration(
        classes = {
            CancelEventController.class,
            RescheduleEventController.class,
            EventWebMapperImpl.class,
            IdMapperImpl.class,
            ProblemAdvice.class,
            IfMatchResolver.class,
            WebSecurityTestConfiguration.class
        })
@TestPropertySource(properties = {"stepahead.admin.user=admin", "stepahead.admin.password=secret"})
class CancelAndRescheduleEventControllerTest {

    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-0000000000c4");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CancelEventUseCase cancelEvent;

    @MockitoBean
    RescheduleEventUseCase rescheduleEvent;

    @Test
    void givenAReasonAndAnIfMatch_cancel_passesThemAndAnswersNoContent() throws Exception {
        mvc.perform(post("/api/v1/events/{id}/cancel", EVENT)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "\"4\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"reason": "Карантин в школе"}"""))
                .andExpect(status().isNoContent());

        then(cancelEvent).should().cancel(new CancelEventCommand(new EventId(EVENT), "Карантин в школе", 4L));
    }

    @Test
    void givenNoBody_cancel_cancelsWithoutAReason() throws Exception {
        mvc.perform(post("/api/v1/events/{id}/cancel", EVENT).with(httpBasic("admin", "secret")))
                .andExpect(status().isNoContent());

        then(cancelEvent).should().cancel(new CancelEventCommand(new EventId(EVENT), null, null));
    }

    @Test
    void givenACancelledEvent_cancel_answersUnprocessableWithTheRuleCode() throws Exception {
        willThrow(new DomainRuleViolation("event.cancelled")).given(cancelEvent).cancel(any());

        mvc.perform(post("/api/v1/events/{id}/cancel", EVENT)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event.cancelled"));
    }

    @Test
    void givenAStaleIfMatch_cancel_answersPreconditionFailed() throws Exception {
        willThrow(new ConflictException("event", EVENT, 1)).given(cancelEvent).cancel(any());

        mvc.perform(post("/api/v1/events/{id}/cancel", EVENT)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "\"1\""))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void givenTooLongAReason_cancel_answersBadRequestWithoutCalling() throws Exception {
        mvc.perform(post("/api/v1/events/{id}/cancel", EVENT)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"" + "я".repeat(1001) + "\"}"))
                .andExpect(status().isBadRequest());

        then(cancelEvent).shouldHaveNoInteractions();
    }

    @Test
    void givenANewDayTimesAndPlace_reschedule_passesTheExactCommand() throws Exception {
        mvc.perform(post("/api/v1/events/{id}/reschedule", EVENT)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "W/\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"date": "2025-10-21", "startsAt": "10:00", "endsAt": "11:30", "place": "Актовый зал"}"""))
                .andExpect(status().isNoContent());

        then(rescheduleEvent)
                .should()
                .reschedule(new RescheduleEventCommand(
                        new EventId(EVENT),
                        LocalDate.of(2025, 10, 21),
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 30),
                        "Актовый зал",
                        2L));
    }

    @Test
    void givenNoDate_reschedule_answersBadRequestWithoutCalling() throws Exception {
        mvc.perform(post("/api/v1/events/{id}/reschedule", EVENT)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"place": "Актовый зал"}"""))
                .andExpect(status().isBadRequest());

        then(rescheduleEvent).shouldHaveNoInteractions();
    }

    @Test
    void givenADayOutsideTheStage_reschedule_answersUnprocessableWithTheRuleCode() throws Exception {
        willThrow(new DomainRuleViolation(
                        "event.outsideStage",
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 12, 31)))
                .given(rescheduleEvent)
                .reschedule(any());

        mvc.perform(post("/api/v1/events/{id}/reschedule", EVENT)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"date": "2026-02-01"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event.outsideStage"));
    }
}
