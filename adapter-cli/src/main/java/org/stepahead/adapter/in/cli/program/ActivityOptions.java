package org.stepahead.adapter.in.cli.program;

import java.util.List;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.PlanActivityCommand;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ResponsibleInput;
import org.stepahead.application.port.in.program.ReviseActivityCommand;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.ScheduleParser;
import org.stepahead.domain.shared.TutorFunction;
import picocli.CommandLine.Option;

/** The options an activity is planned or revised with (a picocli mixin). */
final class ActivityOptions extends ProgramPartOptions {

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

    @Option(names = "--form-text")
    String formText;

    @Option(names = "--audience")
    String audience;

    @Option(names = "--expected-output")
    String output;

    @Option(names = "--parent")
    ActivityId parent;

    /** The revise command for these options. */
    ReviseActivityCommand revise(ActivityId id, Long expectedVersion, GetProgramOverviewUseCase programOverview) {
        return ReviseActivityCommand.of(program, id, plan(programOverview), expectedVersion);
    }

    /** The plan command for these options; the program's overview is read only to date the words of a plan. */
    PlanActivityCommand plan(GetProgramOverviewUseCase programOverview) {
        Schedule plan = schedule != null
                ? schedule
                : scheduleText != null ? parsed(scheduleText, programOverview.overview(program)) : null;
        return new PlanActivityCommand(
                program,
                number,
                title,
                description,
                direction,
                stage,
                forms,
                plan,
                responsible.stream().map(ResponsibleInput::named).toList(),
                tutorFunctions,
                null,
                formText,
                audience,
                output,
                parent);
    }

    /**
     * Reads the words of a plan's deadline ("каждый 3-тий понедельник месяца") into a schedule, resolving months
     * without a year into the stage's period (the program's without a stage), as the import does; unreadable words
     * stay as they are.
     */
    private Schedule parsed(String words, ProgramOverview overview) {
        return ScheduleParser.parse(words, overview.periodOf(stage));
    }
}
