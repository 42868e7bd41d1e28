package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.stepahead.domain.shared.Form;

/** Form: An activity to plan: number, title, stage, forms, schedule in words and responsible parties one per line. */
public record ActivityForm(
        @Size(max = 20) String number,
        @NotBlank @Size(max = 2000) String title,
        @Size(max = 10000) String description,
        UUID stageId,
        List<Form> forms,
        @Size(max = 1000) String scheduleText,
        String responsibleText) {

    public ActivityForm {
        forms = forms == null ? List.of() : forms;
    }

    /** The form before anything is entered. */
    static ActivityForm blank() {
        return new ActivityForm(null, null, null, null, null, null, null);
    }
}
