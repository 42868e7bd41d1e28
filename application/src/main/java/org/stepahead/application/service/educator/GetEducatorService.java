package org.stepahead.application.service.educator;

import org.stepahead.application.port.in.educator.EducatorView;
import org.stepahead.application.port.in.educator.GetEducatorUseCase;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.shared.PersonName;

/** Service: reads one educator. */
public record GetEducatorService(UseCaseRunner runner, EducatorRepository educators) implements GetEducatorUseCase {

    @Override
    public EducatorView get(EducatorId id) {
        return runner.query(id, q -> {
            Educator e = UseCaseRunner.load(educators, "educator", id);
            PersonName n = e.name();
            return new EducatorView(
                    e.getId(),
                    e.version(),
                    n.surname(),
                    n.givenName(),
                    n.patronymic(),
                    n.full(),
                    e.organizationId(),
                    e.position(),
                    e.experience(),
                    e.email());
        });
    }
}
