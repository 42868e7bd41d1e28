package org.stepahead.domain.community;

/** How an organization supports a community. */
public enum PartnerRole {
    SUPERVISING_AUTHORITY("орган управления образованием (при поддержке)"),
    RESOURCE("ресурсное обеспечение"),
    BASE_SITE("базовая площадка"),
    SOCIAL_PARTNER("социальный партнёр"),
    PARTICIPANT("участник");

    private final String russianName;

    PartnerRole(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
