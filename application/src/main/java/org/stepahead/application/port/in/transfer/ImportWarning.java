package org.stepahead.application.port.in.transfer;

import java.util.Locale;

/**
 * Read model: something an import kept but could not fully understand, or made up, at a path inside the document:
 * a schedule whose words the schedule parser cannot read (kept as an unparsed schedule with its text), or the
 * placeholder community of a plan that names none.
 */
public record ImportWarning(String path, String code, String text) {

    /** The code of a schedule kept as its words only. */
    public static final String UNPARSED_SCHEDULE = "import.warning.unparsedSchedule";

    /** The code of a placeholder community founded for a plan that names no community (its name is the text). */
    public static final String PLACEHOLDER_COMMUNITY = "import.warning.placeholderCommunity";

    /** The warning in one sentence, Russian unless the locale asks for English. */
    public String message(Locale locale) {
        return ImportMessages.format(code, locale, text);
    }
}
