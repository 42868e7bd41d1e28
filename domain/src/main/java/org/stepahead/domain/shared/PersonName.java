package org.stepahead.domain.shared;

import org.jmolecules.ddd.types.ValueObject;

/** Value: a person's full name as Russian documents write it: surname, given name, patronymic (optional). */
public record PersonName(String surname, String givenName, String patronymic) implements ValueObject {

    public PersonName {
        surname = Texts.required(surname, "surname");
        givenName = Texts.required(givenName, "givenName");
        patronymic = Texts.optional(patronymic);
    }

    /** "Филатова Елена Николаевна". */
    public String full() {
        return surname + " " + givenName + (patronymic == null ? "" : " " + patronymic);
    }

    /** "Филатова Е.Н." as signatures and registers write it. */
    public String withInitials() {
        return surname + " " + givenName.charAt(0) + "." + (patronymic == null ? "" : patronymic.charAt(0) + ".");
    }
}
