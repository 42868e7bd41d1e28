package org.stepahead.application.port.in.program;

import java.util.List;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.TutorFunction;

/** What the plan and the revise command of an activity both say about it, as the plan writes it. */
public sealed interface ActivityFields permits PlanActivityCommand, ReviseActivityCommand {

    /** The item's number as the plan writes it ("1.2"), if any. */
    String number();

    /** The activity's title (наименование мероприятия). */
    String title();

    /** A longer description, if any. */
    String description();

    /** The direction or section it belongs to, if any. */
    DirectionId directionId();

    /** The stage it belongs to, if any. */
    StageId stageId();

    /** Its forms of work, possibly none. */
    List<Form> forms();

    /** Its schedule (сроки), if any. */
    Schedule schedule();

    /** Its responsible parties (ответственные), possibly none. */
    List<ResponsibleInput> responsible();

    /** The tutor functions it serves, possibly none. */
    List<TutorFunction> tutorFunctions();

    /** The plan's own words for the form ("круглый стол с родителями"), if any. */
    String formText();

    /** Who it is for ("7–9 классы", "молодые педагоги"), if said. */
    String audience();

    /** Its expected output (выход: протокол, методические рекомендации), if said. */
    String output();

    /** The item it is a sub-item of, if any. */
    ActivityId parentId();
}
