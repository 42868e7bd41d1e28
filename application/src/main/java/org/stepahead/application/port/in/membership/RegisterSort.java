package org.stepahead.application.port.in.membership;

/**
 * How a member register is ordered: by name (surname, given name, patronymic in Russian order, Ё as Е), by the
 * organization's name, or by the day of joining — ascending or descending. Ties are always broken by name, then by
 * membership, so paging is stable.
 */
public record RegisterSort(Key key, boolean descending) {

    /** The default: by name, А to Я. */
    public static final RegisterSort BY_NAME = new RegisterSort(Key.NAME, false);

    /** What the register is sorted by. */
    public enum Key {
        NAME,
        ORGANIZATION,
        JOINED
    }

    public RegisterSort {
        if (key == null) {
            throw new IllegalArgumentException("key is required");
        }
    }
}
