package org.stepahead.adapter.in.cli.membership;

import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.adapter.in.cli.support.OutputFormat;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.in.membership.RegisterSort;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code member list}: a page of the member register, filtered by role, organization or name. */
@Command(name = "list")
final class GetMemberRegisterCliCommand extends CliCommand {

    static final List<Column<MemberRegisterItem>> COLUMNS = Column.table(
            MemberRegisterItem.class,
            "membershipId fullName experience organization=organizationName roles joinedOn leftOn version");

    /** A page of the register as JSON shows it: pages count from 1, as {@code --page} does. */
    record RegisterPage(List<MemberRegisterItem> items, int page, int size, long total, int totalPages) {}

    private final GetMemberRegisterUseCase memberRegister;

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

    GetMemberRegisterCliCommand(GetMemberRegisterUseCase memberRegister) {
        this.memberRegister = memberRegister;
    }

    @Override
    protected void run() {
        Page<MemberRegisterItem> result = memberRegister.register(new MemberRegisterQuery(
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
        out().note(cli().message("page.footer", result.page() + 1, Math.max(1, result.totalPages()), result.total()));
    }
}
