package org.stepahead.adapter.in.cli.membership;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.membership.EndTutoringCommand;
import org.stepahead.application.port.in.membership.LinkTutorCommand;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.shared.TutorFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** CLI commands for tutoring links: {@code tutoring link|end}. */
@Command(
        name = "tutoring",
        subcommands = {TutoringCommands.Link.class, TutoringCommands.End.class})
public final class TutoringCommands {

    /** {@code tutoring link}: links a tutor to a tutee of the same community. */
    @Command(name = "link")
    static final class Link extends CliCommand {
        @Option(names = "--tutee", required = true)
        MembershipId tutee;

        @Option(names = "--tutor", required = true)
        MembershipId tutor;

        @Option(names = "--function", split = ",")
        List<TutorFunction> functions = List.of();

        @Option(names = "--since")
        LocalDate since;

        @Override
        protected void run() {
            app().linkTutor()
                    .link(new LinkTutorCommand(
                            tutee,
                            tutor,
                            functions.isEmpty() ? EnumSet.noneOf(TutorFunction.class) : EnumSet.copyOf(functions),
                            since));
            out().id(tutee);
        }
    }

    /** {@code tutoring end}: ends a tutor's accompaniment of a tutee. */
    @Command(name = "end")
    static final class End extends CliCommand {
        @Option(names = "--tutee", required = true)
        MembershipId tutee;

        @Option(names = "--tutor", required = true)
        MembershipId tutor;

        @Option(names = "--until")
        LocalDate until;

        @Override
        protected void run() {
            app().endTutoring().end(new EndTutoringCommand(tutee, tutor, until));
            out().id(tutee);
        }
    }
}
