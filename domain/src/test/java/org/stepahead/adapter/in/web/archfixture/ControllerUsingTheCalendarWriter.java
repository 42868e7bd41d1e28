package org.stepahead.adapter.in.web.archfixture;

import org.stepahead.adapter.out.calendar.archfixture.IcsThingWriter;
import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: a web class that names the calendar adapter instead of calling an incoming port. */
public class ControllerUsingTheCalendarWriter {

    public String calendar(IcsThingWriter writer, ThingRepository things) {
        return writer.write(things);
    }
}
