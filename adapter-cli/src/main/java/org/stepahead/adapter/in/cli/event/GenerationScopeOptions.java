package org.stepahead.adapter.in.cli.event;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.GenerateEventsCommand.NonWorkingDays;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that choose what to generate: a program, and in it a stage or an activity; extra days off (a picocli
 * mixin of {@code event occurrences|generate}).
 */
final class GenerationScopeOptions {

    @Option(names = "--program", required = true)
    ProgramId program;

    @Option(names = "--stage")
    StageId stage;

    @Option(names = "--activity")
    ActivityId activity;

    @Option(names = "--non-working", converter = DaysOff.class, paramLabel = "FROM..TO")
    List<NonWorkingDays> nonWorking = List.of();

    GenerateEventsCommand command() {
        return new GenerateEventsCommand(program, stage, activity, nonWorking);
    }

    /** Reads extra days off: "2021-01-11..2021-01-15", or one day "2021-01-11". */
    static final class DaysOff implements ITypeConverter<NonWorkingDays> {
        @Override
        public NonWorkingDays convert(String text) {
            String[] ends = text.strip().split("\\.\\.", 2);
            try {
                LocalDate from = LocalDate.parse(ends[0].strip());
                LocalDate to = ends.length > 1 ? LocalDate.parse(ends[1].strip()) : from;
                return new NonWorkingDays(from, to);
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + text + "' (yyyy-mm-dd..yyyy-mm-dd)");
            }
        }
    }
}
