package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.stepahead.domain.program.ResultKind;

/** Form: An expected result to add: text, details, kind and stage (none: the whole program). */
public class ResultForm {

    private @NotBlank @Size(max = 2000) String text;
    private @Size(max = 4000) String details;
    private @NotNull ResultKind kind;
    private UUID stageId;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public ResultKind getKind() {
        return kind;
    }

    public void setKind(ResultKind kind) {
        this.kind = kind;
    }

    public UUID getStageId() {
        return stageId;
    }

    public void setStageId(UUID stageId) {
        this.stageId = stageId;
    }
}
