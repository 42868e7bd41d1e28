package org.stepahead.domain.organization;

/** What kind of body an organization is. */
public enum OrganizationKind {
    SCHOOL("общеобразовательная организация"),
    LYCEUM("лицей"),
    GYMNASIUM("гимназия"),
    SUPPORT_CENTRE("центр сопровождения"),
    ADDITIONAL_EDUCATION("организация дополнительного образования"),
    EDUCATION_AUTHORITY("орган управления образованием"),
    UNIVERSITY("вуз"),
    PUBLIC_ORGANIZATION("общественная организация"),
    OTHER("иная организация");

    private final String russianName;

    OrganizationKind(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
