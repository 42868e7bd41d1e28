package org.stepahead.domain.membership;

/** A member's place in one community. */
public enum Role {
    MEMBER("участник"),
    COORDINATOR("координатор"),
    TUTOR("тьютор"),
    TUTEE("тьюторант"),
    EXPERT("эксперт");

    private final String russianName;

    Role(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
