package org.stepahead.adapter.in.cli.program;

import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.program.ActivityCommand;
import org.stepahead.application.port.in.program.ActivityCommand.ResponsibleInput;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.ScheduleParser;
import org.stepahead.domain.shared.TutorFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** CLI commands for program activities: {@code activity add|revise}. */
@Command(
        name = "activity",
        subcommands = {ActivityCommands.Add.class, ActivityCommands.Revise.class})
public final class ActivityCommands {

    /** The options an activity is planned or revised with. */
    @Command
    abstract static class ActivityOptions extends CliCommand {
        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--number")
        String number;

        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--description")
        String description;

        @Option(names = "--direction")
        DirectionId direction;

        @Option(names = "--stage")
        StageId stage;

        @Option(names = "--form", split = ",")
        List<Form> forms = List.of();

        @Option(names = "--schedule", paramLabel = "YAML")
        Schedule schedule;

        @Option(names = "--schedule-text")
        String scheduleText;

        @Option(names = "--responsible")
        List<String> responsible = List.of();

        @Option(names = "--tutor-function", split = ",")
        List<TutorFunction> tutorFunctions = List.of();

        ActivityCommand command(ActivityId id, Long expectedVersion) {
            Schedule plan = schedule != null ? schedule : scheduleText != null ? parsed(scheduleText) : null;
            return new ActivityCommand(
                    program,
                    id,
                    number,
                    title,
                    description,
                    direction,
                    stage,
                    forms,
                    plan,
                    responsible.stream().map(ResponsibleInput::named).toList(),
                    tutorFunctions,
                    expectedVersion);
        }

        /**
         * Reads the words of a plan's deadline ("каждый 3-тий понедельник месяца") into a schedule, resolving months
         * without a year through the academic year in which the program starts; unreadable words stay as they are.
         */
        private Schedule parsed(String words) {
            ProgramOverview overview = app().programOverview().overview(program);
            return ScheduleParser.parse(words, new Period(overview.periodStart(), overview.periodEnd()));
        }
    }

    /** {@code activity add}: plans an activity and prints its id. */
    @Command(name = "add")
    static final class Add extends ActivityOptions {
        @Override
        protected void run() {
            out().id(app().planActivity().planActivity(command(null, null)));
        }
    }

    /** {@code activity revise ID}: rewrites an activity. */
    @Command(name = "revise")
    static final class Revise extends ActivityOptions {
        @Parameters(index = "0", paramLabel = "ACTIVITY")
        ActivityId activity;

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            app().reviseActivity().reviseActivity(command(activity, expectedVersion));
            out().id(activity);
        }
    }
}
