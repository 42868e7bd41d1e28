package org.stepahead.example;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;

/** A school system embedding Step Ahead: registers a school, founds its club, drafts a program, reads it back. */
public final class EmbeddingExample {

    /** Runs the example on a storage: "embedded:default", "memory:", a JDBC URL or a directory. */
    public static ProgramOverview run(String location) {
        try (Storage storage = StorageProvider.find(location)) {
            StepAhead app = StepAhead.create(storage, Clock.systemDefaultZone());
            OrganizationId school = app.registerOrganization()
                    .register(new RegisterOrganizationCommand(
                            "МАОУ «Лицей» №21", null, OrganizationKind.LYCEUM, "Тамбов", false, false));
            CommunityId club = app.foundCommunity()
                    .found(new FoundCommunityCommand(
                            "Клуб «На шаг впереди»",
                            CommunityKind.CLUB,
                            CommunityLevel.SCHOOL,
                            school,
                            null,
                            null,
                            FoundCommunityCommand.ProfileInput.empty()));
            ProgramId program = app.draftProgram()
                    .draft(new DraftProgramCommand(
                            club,
                            ProgramKind.PROGRAM,
                            "Программа клуба",
                            null,
                            "Сопровождение",
                            List.of("Семинары"),
                            LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 12, 31)));
            return app.programOverview().overview(program);
        }
    }

    private EmbeddingExample() {}
}
