package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.stepahead.domain.program.ProgramKind;

/** Form: A program to draft: kind, title, summary, goal, tasks one per line, period. */
public class ProgramForm {

    private @NotNull ProgramKind kind;
    private @NotBlank @Size(max = 1000) String title;
    private @Size(max = 20000) String summary;
    private @Size(max = 4000) String goal;
    private String tasksText;
    private @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart;
    private @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd;

    public ProgramKind getKind() {
        return kind;
    }

    public void setKind(ProgramKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getTasksText() {
        return tasksText;
    }

    public void setTasksText(String tasksText) {
        this.tasksText = tasksText;
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
}
