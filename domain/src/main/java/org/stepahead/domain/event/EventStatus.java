package org.stepahead.domain.event;

/** An event is scheduled until it is cancelled. */
public enum EventStatus {
    SCHEDULED("запланировано"),
    CANCELLED("отменено");

    private final String russianName;

    EventStatus(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
