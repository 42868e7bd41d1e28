package org.stepahead.domain.event;

import java.util.List;
import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.Texts;

/**
 * Value: one item of the agenda in the minutes: the question, what was heard (слушали), who spoke (выступили) and
 * what was decided (постановили).
 */
public record AgendaItem(String topic, String heard, List<String> spoke, List<String> decided) implements ValueObject {

    public AgendaItem {
        topic = Texts.required(topic, "agenda.topic");
        heard = Texts.optional(heard);
        spoke = Texts.listOf(spoke, "agenda.spoke").stream()
                .map(t -> Texts.required(t, "agenda.spoke"))
                .toList();
        decided = Texts.listOf(decided, "agenda.decided").stream()
                .map(t -> Texts.required(t, "agenda.decided"))
                .toList();
    }
}
