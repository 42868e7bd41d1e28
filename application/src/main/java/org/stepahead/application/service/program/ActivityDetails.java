package org.stepahead.application.service.program;

import java.util.List;
import org.stepahead.application.port.in.program.ActivityFields;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.Responsible;
import org.stepahead.domain.shared.Form;

/** The details of an activity as a plan or revise command gives them (forms found in its words when it names none). */
final class ActivityDetails {

    private ActivityDetails() {}

    /** The forms the command names; when it names none, those the plan's own words for the form name. */
    private static List<Form> forms(ActivityFields c) {
        List<Form> forms = ProgramChanges.list(c.forms());
        return forms.isEmpty() ? FormWords.named(c.formText()) : forms;
    }

    static Activity.Details of(ActivityFields c) {
        return new Activity.Details(
                c.number(),
                c.title(),
                c.description(),
                c.directionId(),
                c.stageId(),
                forms(c),
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
