package org.stepahead.adapter.in.web.ui;

import java.util.Arrays;
import java.util.List;

/** What a form's text fields mean: blank is absent, a text area holds one item per line. */
public final class FormText {

    private FormText() {}

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The non-blank lines of a text area, stripped. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
