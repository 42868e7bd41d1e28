package org.stepahead.domain.program;

/**
 * Catalogue: the kinds of stage, in the three phases plans use — preparing (подготовительный / организационный),
 * doing (деятельностный / внедренческий), concluding (результативный / аналитический).
 */
public enum StageKind {
    PREPARATORY("подготовительный", 1),
    ORGANIZATIONAL("организационный", 1),
    ACTIVITY("деятельностный", 2),
    IMPLEMENTATION("внедренческий", 2),
    RESULTATIVE("результативный", 3),
    ANALYTICAL("аналитический", 3),
    WHOLE_PERIOD("весь период реализации", 2);

    private final String russianName;
    private final int phase;

    StageKind(String russianName, int phase) {
        this.russianName = russianName;
        this.phase = phase;
    }

    public String russianName() {
        return russianName;
    }

    /** 1 preparing, 2 doing, 3 concluding. */
    public int phase() {
        return phase;
    }
}
