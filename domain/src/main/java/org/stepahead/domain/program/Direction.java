package org.stepahead.domain.program;

import org.jmolecules.ddd.types.Entity;
import org.stepahead.domain.shared.Texts;

/** Entity: a direction or section of a plan ("3. Экспертная деятельность", "IV. Мониторинговые процедуры"). */
public final class Direction implements Entity<Program, DirectionId> {

    private final DirectionId id;
    private String code;
    private String title;

    Direction(Snapshot s) {
        this.id = Texts.present(s.id(), "directionId");
        this.code = Texts.optional(s.code());
        this.title = Texts.required(s.title(), "direction.title");
    }

    Snapshot snapshot() {
        return new Snapshot(id, code, title);
    }

    void revise(String code, String title) {
        this.code = Texts.optional(code);
        this.title = Texts.required(title, "direction.title");
    }

    @Override
    public DirectionId getId() {
        return id;
    }

    /** The section's number as the plan writes it ("1", "III"), if any. */
    public String code() {
        return code;
    }

    /** The section's title ("Экспертная деятельность"). */
    public String title() {
        return title;
    }

    /** A direction's full state, for storing and rebuilding. */
    public record Snapshot(DirectionId id, String code, String title) {}
}
