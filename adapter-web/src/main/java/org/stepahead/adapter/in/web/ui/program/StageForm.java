package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.stepahead.domain.program.StageKind;

/** Form: A stage to add: name, kind, period and description. */
public class StageForm {

    private @NotBlank @Size(max = 500) String name;
    private @NotNull StageKind kind;
    private @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart;
    private @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd;
    private @Size(max = 4000) String description;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StageKind getKind() {
        return kind;
    }

    public void setKind(StageKind kind) {
        this.kind = kind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
