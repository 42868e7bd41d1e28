package org.stepahead.adapter.in.cli.membership;

import java.time.LocalDate;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.membership.EndTutoringCommand;
import org.stepahead.application.port.in.membership.EndTutoringUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tutoring end}: ends a tutor's accompaniment of a tutee. */
@Command(name = "end")
final class EndTutoringCliCommand extends CliCommand {

    private final EndTutoringUseCase endTutoring;

    @Mixin
    TutoringPairOptions pair;

    @Option(names = "--until")
    LocalDate until;

    EndTutoringCliCommand(EndTutoringUseCase endTutoring) {
        this.endTutoring = endTutoring;
    }

    @Override
    protected void run() {
        endTutoring.end(new EndTutoringCommand(pair.tutee, pair.tutor, until));
        out().id(pair.tutee);
    }
}
