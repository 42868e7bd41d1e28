package org.stepahead.application.port.out;

import java.util.ServiceLoader;

/**
 * Outgoing port and service-provider interface: writes a {@link CalendarFeed} as iCalendar text (RFC 5545,
 * {@code text/calendar}). An adapter registers its implementation in
 * {@code META-INF/services/org.stepahead.application.port.out.CalendarWriter}; {@link #find()} loads the first one.
 */
public interface CalendarWriter {

    /** The feed as iCalendar text. */
    String write(CalendarFeed feed);

    /** The first registered writer. */
    static CalendarWriter find() {
        return find(CalendarWriter.class.getClassLoader());
    }

    /** The first writer registered in the given class loader; throws IllegalStateException when there is none. */
    static CalendarWriter find(ClassLoader classLoader) {
        return ServiceLoader.load(CalendarWriter.class, classLoader)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No calendar writer is registered (META-INF/services/" + CalendarWriter.class.getName() + ")"));
    }
}
