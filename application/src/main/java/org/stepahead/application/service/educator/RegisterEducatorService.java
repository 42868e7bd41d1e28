package org.stepahead.application.service.educator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.application.port.in.educator.RegisterEducatorUseCase;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.PersonName;

/** Service: registers educators at registered organizations, one or many at a time. */
public record RegisterEducatorService(
        UseCaseRunner runner, EducatorRepository educators, OrganizationRepository organizations)
        implements RegisterEducatorUseCase {

    @Override
    public EducatorId register(RegisterEducatorCommand c) {
        return runner.create(c, educators, () -> {
            if (c.organizationId() != null
                    && organizations.findById(c.organizationId()).isEmpty()) {
                throw new NotFound("organization", c.organizationId());
            }
            return educator(c);
        });
    }

    @Override
    public List<EducatorId> registerAll(List<RegisterEducatorCommand> commands) {
        return runner.execute(new Batch(commands), changes -> {
            Set<OrganizationId> named = new HashSet<>();
            commands.stream()
                    .map(RegisterEducatorCommand::organizationId)
                    .filter(Objects::nonNull)
                    .forEach(named::add);
            Set<OrganizationId> known = new HashSet<>();
            organizations.findAllById(named).forEach(o -> known.add(o.getId()));
            for (OrganizationId id : named) {
                if (!known.contains(id)) {
                    throw new NotFound("organization", id);
                }
            }
            List<Educator> all =
                    commands.stream().map(RegisterEducatorService::educator).toList();
            changes.saveAll(educators::saveAll, all);
            return all.stream().map(Educator::getId).toList();
        });
    }

    /** The commands of a bulk registration, validated together: a violation names its index ("commands[3].surname"). */
    record Batch(@NotNull @Size(max = 100_000) List<@Valid @NotNull RegisterEducatorCommand> commands) {}

    private static Educator educator(RegisterEducatorCommand c) {
        return Educator.register(
                EducatorId.random(),
                new PersonName(c.surname(), c.givenName(), c.patronymic()),
                c.organizationId(),
                c.position(),
                c.experience(),
                c.email());
    }
}
