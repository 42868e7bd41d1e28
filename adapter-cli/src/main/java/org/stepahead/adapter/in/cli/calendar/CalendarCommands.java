package org.stepahead.adapter.in.cli.calendar;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** CLI commands for calendars: {@code calendar export --community ID | --program ID [--out FILE]}. */
@Command(name = "calendar", subcommands = CalendarCommands.Export.class)
public final class CalendarCommands {

    /** {@code calendar export}: writes a community's or a program's iCalendar feed to standard output or a file. */
    @Command(name = "export")
    static final class Export extends CliCommand {

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

        @Override
        protected void run() throws Exception {
            ExportCalendarUseCase calendars = app().exportCalendar();
            Locale language = cli().locale().getLanguage().equals("en") ? Locale.ENGLISH : CalendarText.RUSSIAN;
            CalendarText text = source.community != null
                    ? calendars.communityFeed(source.community, language)
                    : calendars.programFeed(source.program, language);
            if (out != null) {
                Files.writeString(out, text.content(), StandardCharsets.UTF_8);
            } else {
                spec.commandLine().getOut().print(text.content());
                spec.commandLine().getOut().flush();
            }
        }
    }
}
