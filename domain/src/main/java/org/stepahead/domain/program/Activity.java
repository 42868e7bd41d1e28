package org.stepahead.domain.program;

import java.util.List;
import org.jmolecules.ddd.types.Entity;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.Texts;
import org.stepahead.domain.shared.TutorFunction;

/**
 * Entity: planned work (мероприятие) — a numbered item of a plan with its forms, schedule (сроки), responsible
 * parties (ответственные), the direction and stage it belongs to, and the tutor functions it serves.
 */
public final class Activity implements Entity<Program, ActivityId> {

    private final ActivityId id;
    private Details details;

    Activity(ActivityId id, Details details) {
        this.id = Texts.present(id, "activityId");
        this.details = Texts.present(details, "activity");
    }

    void revise(Details details) {
        this.details = Texts.present(details, "activity");
    }

    @Override
    public ActivityId getId() {
        return id;
    }

    /** Everything the plan says of the activity. */
    public Details details() {
        return details;
    }

    /** The item's number as the plan writes it ("1.2"), or null. */
    public String number() {
        return details.number();
    }

    /** What the activity is called in the plan. */
    public String title() {
        return details.title();
    }

    /** The stage (этап) the activity belongs to, or null when it runs within the program's period. */
    public StageId stageId() {
        return details.stageId();
    }

    /** The direction or section of the plan the activity belongs to, or null. */
    public DirectionId directionId() {
        return details.directionId();
    }

    /** When the activity happens (сроки), or null: it then runs within its stage or the program's period. */
    public Schedule schedule() {
        return details.schedule();
    }

    /** The parties accountable for the activity (ответственные), possibly none. */
    public List<Responsible> responsible() {
        return details.responsible();
    }

    /** The item this one is a sub-item of (1.1 under 1, a question under a meeting), or null for a top item. */
    public ActivityId parentId() {
        return details.parentId();
    }

    /** An activity's full state, for storing and rebuilding. */
    public record Snapshot(ActivityId id, Details details) {}

    /**
     * Value: what an activity is. The schedule may be absent: the activity then runs within its stage (or the
     * program's period). Beside the catalogue's forms, the plan's own words for the form ({@code formText}: "круглый
     * стол с родителями"), the audience ("7–9 классы", "молодые педагоги"), the expected output ("выход": протокол,
     * методические рекомендации) and the item it is a sub-item of.
     */
    public record Details(
            String number,
            String title,
            String description,
            DirectionId directionId,
            StageId stageId,
            List<Form> forms,
            Schedule schedule,
            List<Responsible> responsible,
            List<TutorFunction> tutorFunctions,
            String formText,
            String audience,
            String output,
            ActivityId parentId)
            implements org.jmolecules.ddd.types.ValueObject {

        public Details {
            number = Texts.optional(number);
            title = Texts.required(title, "activity.title");
            description = Texts.optional(description);
            forms = Texts.listOf(forms, "activity.forms").stream().distinct().toList();
            responsible = Texts.listOf(responsible, "activity.responsible");
            tutorFunctions = Texts.listOf(tutorFunctions, "activity.tutorFunctions").stream()
                    .distinct()
                    .toList();
            formText = Texts.optional(formText);
            audience = Texts.optional(audience);
            output = Texts.optional(output);
        }

        /** Details without the plan's own words for the form, an audience, an output or a parent item. */
        public Details(
                String number,
                String title,
                String description,
                DirectionId directionId,
                StageId stageId,
                List<Form> forms,
                Schedule schedule,
                List<Responsible> responsible,
                List<TutorFunction> tutorFunctions) {
            this(
                    number,
                    title,
                    description,
                    directionId,
                    stageId,
                    forms,
                    schedule,
                    responsible,
                    tutorFunctions,
                    null,
                    null,
                    null,
                    null);
        }
    }
}
