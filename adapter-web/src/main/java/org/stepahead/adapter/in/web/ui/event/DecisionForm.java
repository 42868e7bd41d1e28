package org.stepahead.adapter.in.web.ui.event;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: a decision of the minutes (agenda item and decision, from 1) to make a plan item of a program, due by a deadline. */
public class DecisionForm {

    private Long version;
    private @NotNull @Min(1) Integer item;
    private @NotNull @Min(1) Integer decision;
    private @NotNull UUID programId;
    private UUID stageId;
    private @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline;
    private @Size(max = 20) String number;
    private @Size(max = 2000) String title;
    private @Size(max = 50000) String responsibleText;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Integer getItem() {
        return item;
    }

    public void setItem(Integer item) {
        this.item = item;
    }

    public Integer getDecision() {
        return decision;
    }

    public void setDecision(Integer decision) {
        this.decision = decision;
    }

    public UUID getProgramId() {
        return programId;
    }

    public void setProgramId(UUID programId) {
        this.programId = programId;
    }

    public UUID getStageId() {
        return stageId;
    }

    public void setStageId(UUID stageId) {
        this.stageId = stageId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

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

    public String getResponsibleText() {
        return responsibleText;
    }

    public void setResponsibleText(String responsibleText) {
        this.responsibleText = responsibleText;
    }
}
