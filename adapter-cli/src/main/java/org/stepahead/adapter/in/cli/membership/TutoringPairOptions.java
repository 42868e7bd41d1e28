package org.stepahead.adapter.in.cli.membership;

import org.stepahead.domain.membership.MembershipId;
import picocli.CommandLine.Option;

/** The two memberships of a tutoring link, the tutee and the tutor (a picocli mixin of {@code tutoring link|end}). */
final class TutoringPairOptions {

    @Option(names = "--tutee", required = true)
    MembershipId tutee;

    @Option(names = "--tutor", required = true)
    MembershipId tutor;
}
