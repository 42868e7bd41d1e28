package org.stepahead.adapter.in.cli.membership;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.adapter.in.cli.support.OutputFormat;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.membership.AdmitMemberCommand;
import org.stepahead.application.port.in.membership.ChangeMemberRolesCommand;
import org.stepahead.application.port.in.membership.LeaveCommunityCommand;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.in.membership.MembershipView;
import org.stepahead.application.port.in.membership.RegisterSort;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** CLI commands for members: {@code member admit|roles|leave|list}. */
@Command(
        name = "member",
        subcommands = {
            MemberCommands.Admit.class,
            MemberCommands.Roles.class,
            MemberCommands.Leave.class,
            MemberCommands.ListRegister.class,
            MemberCommands.Show.class
        })
public final class MemberCommands {

    static final List<Column<MemberRegisterItem>> COLUMNS = List.of(
            Column.of("column.membershipId", MemberRegisterItem::membershipId),
            Column.of("column.fullName", MemberRegisterItem::fullName),
            Column.of("column.experience", MemberRegisterItem::experience),
            Column.of("column.organization", MemberRegisterItem::organizationName),
            Column.of("column.roles", MemberRegisterItem::roles),
            Column.of("column.joinedOn", MemberRegisterItem::joinedOn),
            Column.of("column.leftOn", MemberRegisterItem::leftOn),
            Column.of("column.version", MemberRegisterItem::version));

    static final List<Column<MembershipView>> DETAILS = List.of(
            Column.of("column.membershipId", MembershipView::id),
            Column.of("column.version", MembershipView::version),
            Column.of("column.community", MembershipView::communityId),
            Column.of("column.educator", MembershipView::educatorId),
            Column.of("column.roles", MembershipView::roles),
            Column.of("column.joinedOn", MembershipView::joinedOn),
            Column.of("column.leftOn", MembershipView::leftOn),
            Column.of("column.consentGivenOn", MembershipView::consentGivenOn),
            Column.of("column.consentBasis", MembershipView::consentBasis),
            Column.of("column.admissionBasis", MembershipView::admissionBasis),
            Column.of(
                    "column.tutors",
                    m -> m.tutors().stream()
                            .map(t -> t.tutorId() + " " + t.functions() + " " + t.since() + " – "
                                    + (t.until() == null ? "" : t.until()))
                            .toList()));

    /** A page of the register as JSON shows it: pages count from 1, as {@code --page} does. */
    record RegisterPage(List<MemberRegisterItem> items, int page, int size, long total, int totalPages) {}

    static Set<Role> roles(List<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    /** {@code member admit}: admits an educator who gave consent and prints the membership id. */
    @Command(name = "admit")
    static final class Admit extends CliCommand {
        @Option(names = "--community", required = true)
        CommunityId community;

        @Option(names = "--educator", required = true)
        EducatorId educator;

        @Option(names = "--role", split = ",", required = true)
        List<Role> roles;

        @Option(names = "--joined-on", required = true)
        LocalDate joinedOn;

        @Option(names = "--consent-given-on", required = true)
        LocalDate consentGivenOn;

        @Option(names = "--consent-basis")
        String consentBasis;

        @Option(names = "--admission-basis")
        String admissionBasis;

        @Override
        protected void run() {
            MembershipId id = app().admitMember()
                    .admit(new AdmitMemberCommand(
                            community, educator, roles(roles), joinedOn, consentGivenOn, consentBasis, admissionBasis));
            out().id(id);
        }
    }

    /** {@code member roles ID}: gives a member a new set of roles. */
    @Command(name = "roles")
    static final class Roles extends CliCommand {
        @Parameters(index = "0", paramLabel = "MEMBERSHIP")
        MembershipId membership;

        @Option(names = "--role", split = ",", required = true)
        List<Role> roles;

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            app().changeMemberRoles()
                    .changeRoles(new ChangeMemberRolesCommand(membership, roles(roles), expectedVersion));
            out().id(membership);
        }
    }

    /** {@code member leave ID}: a member leaves the community. */
    @Command(name = "leave")
    static final class Leave extends CliCommand {
        @Parameters(index = "0", paramLabel = "MEMBERSHIP")
        MembershipId membership;

        @Option(names = "--on")
        LocalDate leftOn;

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            app().leaveCommunity().leave(new LeaveCommunityCommand(membership, leftOn, expectedVersion));
            out().id(membership);
        }
    }

    /** {@code member show ID}: one membership with its consent and tutoring links. */
    @Command(name = "show")
    static final class Show extends CliCommand {
        @Parameters(index = "0", paramLabel = "MEMBERSHIP")
        MembershipId membership;

        @Override
        protected void run() {
            out().one(app().getMembership().membership(membership), DETAILS);
        }
    }

    /** {@code member list}: a page of the member register, filtered by role, organization or name. */
    @Command(name = "list")
    static final class ListRegister extends CliCommand {
        @Option(names = "--community", required = true)
        CommunityId community;

        @Option(names = "--role")
        Role role;

        @Option(names = "--org")
        OrganizationId organization;

        @Option(names = "--name")
        String name;

        @Option(names = "--former")
        boolean includeFormer;

        @Option(names = "--page", defaultValue = "1")
        int page;

        @Option(names = "--size", defaultValue = "50")
        int size;

        @Option(names = "--sort", defaultValue = "NAME")
        RegisterSort.Key sort;

        @Option(names = "--desc")
        boolean descending;

        @Override
        protected void run() {
            Page<MemberRegisterItem> result = app().memberRegister()
                    .register(new MemberRegisterQuery(
                            community,
                            role,
                            organization,
                            name,
                            includeFormer,
                            page - 1,
                            size,
                            new RegisterSort(sort, descending)));
            if (out().format() == OutputFormat.JSON) {
                out().json(new RegisterPage(
                        result.items(), result.page() + 1, result.size(), result.total(), result.totalPages()));
                return;
            }
            out().list(result.items(), COLUMNS);
            out().note(cli().message(
                            "page.footer", result.page() + 1, Math.max(1, result.totalPages()), result.total()));
        }
    }
}
