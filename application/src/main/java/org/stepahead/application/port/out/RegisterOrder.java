package org.stepahead.application.port.out;

import java.util.Objects;

/**
 * How a store orders a member register: by name (surname, given name, patronymic in Russian order, Ё as Е), by the
 * organization's name, or by the day of joining — ascending or descending. Ties are always broken by name, then by
 * membership, so paging is stable.
 */
public record RegisterOrder(Key key, boolean descending) {

    /** What the register is ordered by. */
    public enum Key {
        NAME,
        ORGANIZATION,
        JOINED
    }

    /** The default: by name, А to Я. */
    public static final RegisterOrder BY_NAME = new RegisterOrder(Key.NAME, false);

    public RegisterOrder {
        Objects.requireNonNull(key, "key");
    }
}
