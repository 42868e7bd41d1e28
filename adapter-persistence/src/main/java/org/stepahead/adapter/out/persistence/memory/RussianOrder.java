package org.stepahead.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.Locale;

/** Persistence adapter: Russian alphabetical order and matching of text, with Ё taken as Е. */
final class RussianOrder {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private RussianOrder() {}

    /** A comparator of text in Russian alphabetical order, Ё as Е, missing text first (the application's order). */
    static Comparator<String> text() {
        return org.stepahead.application.port.out.RussianOrder.comparator();
    }

    /** Whether the text contains the wanted words, ignoring case and taking Ё as Е. */
    static boolean contains(String text, String wanted) {
        return text != null && folded(text).contains(folded(wanted));
    }

    private static String plain(String text) {
        return text == null ? "" : text.replace('ё', 'е').replace('Ё', 'Е');
    }

    private static String folded(String text) {
        return plain(text).toLowerCase(RUSSIAN);
    }
}
