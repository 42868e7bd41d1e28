package org.stepahead.domain.program;

/**
 * Catalogue: the kinds of stage, in the three phases plans use — preparing (подготовительный / организационный),
 * doing (деятельностный / внедренческий), concluding (результативный / аналитический).
 */
public enum StageKind {
    PREPARATORY(1),
    ORGANIZATIONAL(1),
    ACTIVITY(2),
    IMPLEMENTATION(2),
    RESULTATIVE(3),
    ANALYTICAL(3),
    WHOLE_PERIOD(2);

    private final int phase;

    StageKind(int phase) {
        this.phase = phase;
    }

    /** 1 preparing, 2 doing, 3 concluding. */
    public int phase() {
        return phase;
    }
}
