package org.stepahead.application.port.out;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Russian alphabetical order, as stores sort registers and lists: case-insensitive, Ё sorting with Е, missing text first. */
public final class RussianOrder {

    private static final Comparator<String> ORDER = build();

    private RussianOrder() {}

    private static Comparator<String> build() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("ru"));
        collator.setStrength(Collator.SECONDARY);
        Comparator<String> primary = Comparator.comparing(RussianOrder::key, collator);
        return Comparator.nullsFirst(primary.thenComparing(Comparator.naturalOrder()));
    }

    /** The text as it sorts: Ё read as Е. */
    public static String key(String text) {
        return text == null ? "" : text.replace('ё', 'е').replace('Ё', 'Е');
    }

    /** The comparator of this order. */
    public static Comparator<String> comparator() {
        return ORDER;
    }
}
