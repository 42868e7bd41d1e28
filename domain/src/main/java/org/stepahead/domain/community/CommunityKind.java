package org.stepahead.domain.community;

/** What kind of professional community it is. */
public enum CommunityKind {
    CLUB("клуб"),
    NETWORK_SCHOOL("сетевая школа"),
    TUTOR_COMMUNITY("сообщество тьюторов"),
    SUPPORT_CENTRE("центр поддержки"),
    PROFESSIONAL_COMMUNITY("профессиональное сообщество"),
    METHODICAL_ASSOCIATION("методическое объединение");

    private final String russianName;

    CommunityKind(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
