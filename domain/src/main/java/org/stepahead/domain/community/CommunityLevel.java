package org.stepahead.domain.community;

/** How far a community reaches: one school, a municipality or a region. */
public enum CommunityLevel {
    SCHOOL("школьный"),
    MUNICIPAL("муниципальный"),
    REGIONAL("региональный");

    private final String russianName;

    CommunityLevel(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
