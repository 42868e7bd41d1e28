package org.stepahead.domain.program;

/** What proves a result: a material, a document, or an event that took place. */
public enum EvidenceKind {
    MATERIAL("методический материал"),
    DOCUMENT("документ"),
    EVENT("проведённое мероприятие");

    private final String russianName;

    EvidenceKind(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
