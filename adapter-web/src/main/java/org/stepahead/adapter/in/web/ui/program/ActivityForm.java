package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.stepahead.domain.shared.Form;

/** Form: An activity to plan: number, title, stage, forms, schedule in words and responsible parties one per line. */
public class ActivityForm {

    private @Size(max = 20) String number;
    private @NotBlank @Size(max = 2000) String title;
    private @Size(max = 10000) String description;
    private UUID stageId;
    private List<Form> forms = new java.util.ArrayList<>();
    private @Size(max = 1000) String scheduleText;
    private String responsibleText;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UUID getStageId() {
        return stageId;
    }

    public void setStageId(UUID stageId) {
        this.stageId = stageId;
    }

    public List<Form> getForms() {
        return forms;
    }

    public void setForms(List<Form> forms) {
        this.forms = forms;
    }

    public String getScheduleText() {
        return scheduleText;
    }

    public void setScheduleText(String scheduleText) {
        this.scheduleText = scheduleText;
    }

    public String getResponsibleText() {
        return responsibleText;
    }

    public void setResponsibleText(String responsibleText) {
        this.responsibleText = responsibleText;
    }
}
