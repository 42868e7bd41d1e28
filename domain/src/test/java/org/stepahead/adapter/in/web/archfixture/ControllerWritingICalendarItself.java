package org.stepahead.adapter.in.web.archfixture;

import net.fortuna.ical4j.model.Calendar;

/** Architecture fixture: a web class that writes iCalendar with ical4j itself. */
public class ControllerWritingICalendarItself {

    public String calendar() {
        return new Calendar().toString();
    }
}
