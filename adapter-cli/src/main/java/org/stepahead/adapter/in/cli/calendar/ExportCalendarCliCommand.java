package org.stepahead.adapter.in.cli.calendar;

import java.nio.file.Path;
import java.util.Locale;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.calendar.CalendarText;
import org.stepahead.application.port.in.calendar.ExportCalendarUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code calendar export}: writes a community's or a program's iCalendar feed to standard output or a file. */
@Command(name = "export")
final class ExportCalendarCliCommand extends CliCommand {

    private final ExportCalendarUseCase exportCalendar;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Whose calendar: one community or one program. */
    static final class Source {
        @Option(names = "--community", required = true, paramLabel = "ID")
        CommunityId community;

        @Option(names = "--program", required = true, paramLabel = "ID")
        ProgramId program;
    }

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    ExportCalendarCliCommand(ExportCalendarUseCase exportCalendar) {
        this.exportCalendar = exportCalendar;
    }

    @Override
    protected void run() throws Exception {
        Locale language = cli().locale().getLanguage().equals("en") ? Locale.ENGLISH : CalendarText.RUSSIAN;
        CalendarText text = source.community != null
                ? exportCalendar.communityFeed(source.community, language)
                : exportCalendar.programFeed(source.program, language);
        writeText(text.content(), out);
    }
}
