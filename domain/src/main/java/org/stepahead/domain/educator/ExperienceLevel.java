package org.stepahead.domain.educator;

/** How experienced an educator is: молодой, малоопытный or стажист. The first two are novices. */
public enum ExperienceLevel {
    YOUNG,
    INEXPERIENCED,
    EXPERIENCED;

    /** Young and inexperienced educators are novices; a novice does not tutor others. */
    public boolean isNovice() {
        return this != EXPERIENCED;
    }
}
