package org.stepahead.domain.archfixture.presentation;

import java.text.MessageFormat;

/** Architecture fixture: a domain class that formats a message for people. */
public class DomainClassFormattingAMessage {

    public String refusal(String name) {
        return MessageFormat.format("Этап «{0}» нельзя начать.", name);
    }
}
