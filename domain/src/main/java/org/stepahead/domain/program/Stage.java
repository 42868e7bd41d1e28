package org.stepahead.domain.program;

import java.time.LocalDate;
import org.jmolecules.ddd.types.Entity;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Texts;

/** Entity: a time-boxed phase of a program (этап) — planned, then active, then closed. */
public final class Stage implements Entity<Program, StageId> {

    private final StageId id;
    private String name;
    private StageKind kind;
    private Period period;
    private String description;
    private StageStatus status;
    private LocalDate startedOn;
    private LocalDate closedOn;

    Stage(Snapshot s) {
        this.id = Texts.present(s.id(), "stageId");
        this.name = Texts.required(s.name(), "stage.name");
        this.kind = Texts.present(s.kind(), "stage.kind");
        this.period = Texts.present(s.period(), "stage.period");
        this.description = Texts.optional(s.description());
        this.status = s.status() == null ? StageStatus.PLANNED : s.status();
        this.startedOn = s.startedOn();
        this.closedOn = s.closedOn();
        if (status != StageStatus.PLANNED && startedOn == null) {
            throw new DomainRuleViolation("required", "stage.startedOn");
        }
        if (status == StageStatus.CLOSED && closedOn == null) {
            throw new DomainRuleViolation("required", "stage.closedOn");
        }
    }

    Snapshot snapshot() {
        return new Snapshot(id, name, kind, period, description, status, startedOn, closedOn);
    }

    void revise(String name, StageKind kind, Period period, String description) {
        this.name = Texts.required(name, "stage.name");
        this.kind = Texts.present(kind, "stage.kind");
        this.period = Texts.present(period, "stage.period");
        this.description = Texts.optional(description);
    }

    void start(LocalDate day) {
        if (status != StageStatus.PLANNED) {
            throw new DomainRuleViolation("stage.notPlanned", name, status);
        }
        status = StageStatus.ACTIVE;
        startedOn = day;
    }

    void close(LocalDate day) {
        if (status != StageStatus.ACTIVE) {
            throw new DomainRuleViolation("stage.notActive", name);
        }
        if (day.isBefore(startedOn)) {
            throw new DomainRuleViolation("stage.closesBeforeStart", name, startedOn);
        }
        status = StageStatus.CLOSED;
        closedOn = day;
    }

    @Override
    public StageId getId() {
        return id;
    }

    /** The stage's name as the plan writes it ("Подготовительный этап"). */
    public String name() {
        return name;
    }

    /** The kind of stage (подготовительный, деятельностный, аналитический …), which gives its phase. */
    public StageKind kind() {
        return kind;
    }

    /** The days of the stage, inside the program's period. */
    public Period period() {
        return period;
    }

    /** What the plan says of the stage, or null. */
    public String description() {
        return description;
    }

    /** Whether the stage is planned, active or closed. */
    public StageStatus status() {
        return status;
    }

    /** The day the stage was started, or null while it is planned. */
    public LocalDate startedOn() {
        return startedOn;
    }

    /** The day the stage was closed, or null until it is. */
    public LocalDate closedOn() {
        return closedOn;
    }

    /** A stage's full state, for storing and rebuilding. */
    public record Snapshot(
            StageId id,
            String name,
            StageKind kind,
            Period period,
            String description,
            StageStatus status,
            LocalDate startedOn,
            LocalDate closedOn) {}
}
