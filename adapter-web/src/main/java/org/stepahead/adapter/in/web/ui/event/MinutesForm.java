package org.stepahead.adapter.in.web.ui.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: the minutes (протокол) of an event — number, date, chair, secretary and the agenda items. */
public class MinutesForm {

    private Long version;
    private @NotBlank @Size(max = 50) String number;
    private @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date;
    private @Size(max = 300) String chair;
    private @Size(max = 300) String secretary;
    private List<@Valid AgendaForm> agenda = new ArrayList<>();

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public String getSecretary() {
        return secretary;
    }

    public void setSecretary(String secretary) {
        this.secretary = secretary;
    }

    public List<@Valid AgendaForm> getAgenda() {
        return agenda;
    }

    public void setAgenda(List<@Valid AgendaForm> agenda) {
        this.agenda = agenda;
    }

    /** One agenda item: question (вопрос), heard (слушали), spoke (выступили) and decided (постановили) one per line. */
    public static class AgendaForm {

        private @Size(max = 2000) String topic;
        private @Size(max = 10000) String heard;
        private @Size(max = 40000) String spokeText;
        private @Size(max = 40000) String decidedText;

        public AgendaForm() {}

        public AgendaForm(String topic, String heard, String spokeText, String decidedText) {
            this.topic = topic;
            this.heard = heard;
            this.spokeText = spokeText;
            this.decidedText = decidedText;
        }

        /** True when nothing of the item is filled in: such rows of the form are left out. */
        public boolean blank() {
            return isBlank(topic) && isBlank(heard) && isBlank(spokeText) && isBlank(decidedText);
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getHeard() {
            return heard;
        }

        public void setHeard(String heard) {
            this.heard = heard;
        }

        public String getSpokeText() {
            return spokeText;
        }

        public void setSpokeText(String spokeText) {
            this.spokeText = spokeText;
        }

        public String getDecidedText() {
            return decidedText;
        }

        public void setDecidedText(String decidedText) {
            this.decidedText = decidedText;
        }
    }
}
