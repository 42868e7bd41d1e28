package org.stepahead.adapter.in.cli.educator;

import java.util.List;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.adapter.in.cli.support.ShowCliCommand;
import org.stepahead.application.port.in.educator.EducatorView;
import org.stepahead.application.port.in.educator.GetEducatorUseCase;
import org.stepahead.domain.educator.EducatorId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code educator show ID}: one educator with everything registered. */
@Command(name = "show")
final class GetEducatorCliCommand extends ShowCliCommand<EducatorId, EducatorView> {

    static final List<Column<EducatorView>> COLUMNS =
            Column.table(EducatorView.class, "id fullName organization=organizationId position experience email");

    @Parameters(index = "0", paramLabel = "ID")
    EducatorId id;

    GetEducatorCliCommand(GetEducatorUseCase getEducator) {
        super(getEducator::get, COLUMNS);
    }
}
