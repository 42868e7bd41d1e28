package org.stepahead.adapter.in.cli.membership;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.membership.LinkTutorCommand;
import org.stepahead.application.port.in.membership.LinkTutorUseCase;
import org.stepahead.domain.shared.TutorFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tutoring link}: links a tutor to a tutee of the same community. */
@Command(name = "link")
final class LinkTutorCliCommand extends CliCommand {

    private final LinkTutorUseCase linkTutor;

    @Mixin
    TutoringPairOptions pair;

    @Option(names = "--function", split = ",")
    List<TutorFunction> functions = List.of();

    @Option(names = "--since")
    LocalDate since;

    LinkTutorCliCommand(LinkTutorUseCase linkTutor) {
        this.linkTutor = linkTutor;
    }

    @Override
    protected void run() {
        EnumSet<TutorFunction> chosen =
                functions.isEmpty() ? EnumSet.noneOf(TutorFunction.class) : EnumSet.copyOf(functions);
        linkTutor.link(new LinkTutorCommand(pair.tutee, pair.tutor, chosen, since));
        out().id(pair.tutee);
    }
}
