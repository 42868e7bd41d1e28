package org.stepahead.domain.community;

/** Catalogue: the seven functions a community performs for the municipal education system. */
public enum CommunityFunction {
    STRATEGIC("стратегическая"),
    REGULATORY("нормативно-правовая"),
    RESOURCE("ресурсная"),
    REGLEMENTING("регламентирующая"),
    MONITORING("мониторинговая"),
    ANALYTICAL("аналитическая"),
    COORDINATING("координирующая");

    private final String russianName;

    CommunityFunction(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
