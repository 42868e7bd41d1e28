package org.stepahead.domain.shared;

import java.time.LocalDate;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Value: an official document by its title, number and date ("приказ № 288/п от 14.06.2023"). Number and date
 * may be unknown (left blank in a draft).
 */
public record DocumentRef(String title, String number, LocalDate date) implements ValueObject {

    public DocumentRef {
        title = Texts.required(title, "document.title");
        number = Texts.optional(number);
    }
}
