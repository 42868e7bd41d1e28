package org.stepahead.adapter.in.cli.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.event.RecordMinutesCommand;
import org.stepahead.application.port.in.event.RecordMinutesCommand.AgendaItemInput;
import org.stepahead.application.port.in.event.RecordMinutesUseCase;
import org.stepahead.domain.event.EventId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code event minutes ID}: records the minutes (протокол) with their agenda. */
@Command(name = "minutes")
final class RecordMinutesCliCommand extends ChangeCliCommand<RecordMinutesCommand> {

    @Parameters(index = "0", paramLabel = "EVENT")
    EventId event;

    @Option(names = "--number", required = true)
    String number;

    @Option(names = "--date", required = true)
    LocalDate date;

    @Option(names = "--chair")
    String chair;

    @Option(names = "--secretary")
    String secretary;

    @ArgGroup(exclusive = false, multiplicity = "1..*")
    List<Item> agenda = new ArrayList<>();

    /** One agenda item: the topic, then what was heard, who spoke and what was decided. */
    static final class Item {
        @Option(names = "--topic", required = true)
        String topic;

        @Option(names = "--heard")
        String heard;

        @Option(names = "--spoke")
        List<String> spoke = List.of();

        @Option(names = "--decided")
        List<String> decided = List.of();
    }

    RecordMinutesCliCommand(RecordMinutesUseCase recordMinutes) {
        super(recordMinutes::recordMinutes);
    }

    @Override
    protected RecordMinutesCommand command(Long expectedVersion) {
        List<AgendaItemInput> items = agenda.stream()
                .map(i -> new AgendaItemInput(i.topic, i.heard, i.spoke, i.decided))
                .toList();
        return new RecordMinutesCommand(event, number, date, chair, secretary, items, expectedVersion);
    }
}
