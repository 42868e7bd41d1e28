package org.stepahead.application.port.in.calendar;

import java.util.Locale;

/**
 * Read model: a written calendar — its display name (the community's name or the program's title) and its text in
 * the {@value #MEDIA_TYPE} format.
 */
public record CalendarText(String name, String content) {

    /** The media type of {@link #content()}. */
    public static final String MEDIA_TYPE = "text/calendar";

    /** The default language of labels. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
}
