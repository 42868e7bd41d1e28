package org.stepahead.application.port.in.calendar;

import java.util.Locale;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;

/**
 * Use case: a calendar feed (iCalendar, RFC 5545) to subscribe to or import — a community's events and the
 * recurring activities of its approved programs, or one program's recurring activities and events. The same entries
 * keep the same UIDs from one export to the next, so a subscribed calendar updates instead of duplicating.
 */
public interface ExportCalendarUseCase {

    /** The community's feed with Russian labels. */
    default CalendarText communityFeed(CommunityId communityId) {
        return communityFeed(communityId, CalendarText.RUSSIAN);
    }

    /** The community's feed, its labels in the given language (Russian unless English is asked for). */
    CalendarText communityFeed(CommunityId communityId, Locale language);

    /** The program's feed with Russian labels. */
    default CalendarText programFeed(ProgramId programId) {
        return programFeed(programId, CalendarText.RUSSIAN);
    }

    /** The program's feed, its labels in the given language (Russian unless English is asked for). */
    CalendarText programFeed(ProgramId programId, Locale language);
}
