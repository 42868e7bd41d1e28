package org.stepahead.adapter.out.calendar.archfixture;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.XProperty;
import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: a calendar adapter writing iCalendar with ical4j for what an outgoing port holds. */
public class IcsThingWriter {

    public String write(ThingRepository things) {
        Calendar calendar = new Calendar();
        calendar.add(new XProperty("X-WR-CALNAME", things.size() + " things"));
        return calendar.toString();
    }
}
