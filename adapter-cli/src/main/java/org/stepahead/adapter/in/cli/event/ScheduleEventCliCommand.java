package org.stepahead.adapter.in.cli.event;

import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.event.ScheduleEventCommand;
import org.stepahead.application.port.in.event.ScheduleEventUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.Form;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code event schedule}: schedules an event of an activity or a standalone one and prints its id. */
@Command(name = "schedule")
final class ScheduleEventCliCommand extends CliCommand {

    private final ScheduleEventUseCase scheduleEvent;

    @Option(names = "--community", required = true)
    CommunityId community;

    @Option(names = "--program")
    ProgramId program;

    @Option(names = "--activity")
    ActivityId activity;

    @Option(names = "--title")
    String title;

    @Option(names = "--form")
    Form form;

    @Mixin
    EventTimeOptions time;

    @Option(names = "--facilitator")
    List<String> facilitators = List.of();

    ScheduleEventCliCommand(ScheduleEventUseCase scheduleEvent) {
        this.scheduleEvent = scheduleEvent;
    }

    @Override
    protected void run() {
        out().id(scheduleEvent.schedule(new ScheduleEventCommand(
                community,
                program,
                activity,
                title,
                form,
                time.date,
                time.startsAt,
                time.endsAt,
                time.place,
                facilitators)));
    }
}
