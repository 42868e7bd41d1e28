package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.ActivityFields;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.Responsible;

/** The details of an activity as a plan or revise command gives them. */
final class ActivityDetails {

    private ActivityDetails() {}

    static Activity.Details of(ActivityFields c) {
        return new Activity.Details(
                c.number(),
                c.title(),
                c.description(),
                c.directionId(),
                c.stageId(),
                ProgramChanges.list(c.forms()),
                c.schedule(),
                ProgramChanges.list(c.responsible()).stream()
                        .map(r -> new Responsible(r.name(), r.organizationId(), r.educatorId()))
                        .toList(),
                ProgramChanges.list(c.tutorFunctions()),
                c.formText(),
                c.audience(),
                c.output(),
                c.parentId());
    }
}
