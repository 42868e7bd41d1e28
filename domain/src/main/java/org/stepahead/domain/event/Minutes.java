package org.stepahead.domain.event;

import java.time.LocalDate;
import java.util.List;
import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Texts;

/** Value: the minutes (протокол) of a meeting: number, date, chair, secretary and the agenda items. */
public record Minutes(String number, LocalDate date, String chair, String secretary, List<AgendaItem> agenda)
        implements ValueObject {

    public Minutes {
        number = Texts.required(number, "minutes.number");
        Texts.present(date, "minutes.date");
        chair = Texts.optional(chair);
        secretary = Texts.optional(secretary);
        agenda = Texts.listOf(agenda, "minutes.agenda");
        if (agenda.isEmpty()) {
            throw new DomainRuleViolation("minutes.emptyAgenda");
        }
    }
}
