package org.stepahead.domain.shared;

/** Catalogue: the forms of work and interaction found in the communities' plans (формы работы). */
public enum Form {
    MEETING("заседание"),
    SEMINAR("семинар"),
    WEBINAR("вебинар"),
    MASTER_CLASS("мастер-класс"),
    OPEN_LESSON("открытый урок"),
    GROUP_SESSION("групповое занятие"),
    TRAINING("тренинг"),
    CONSULTATION("консультация"),
    PSYCHOLOGICAL_CONSULTATION("психологическая консультация"),
    EXPERTISE("экспертиза"),
    MONITORING("мониторинг"),
    SURVEY("анкетирование"),
    MUTUAL_VISIT("взаимопосещение"),
    ROUND_TABLE("круглый стол"),
    DISCUSSION("дискуссия"),
    REPORT("сообщение"),
    CONFERENCE("научно-практическая конференция"),
    BRIEFING("совещание"),
    CONTEST("конкурс"),
    FESTIVAL("фестиваль"),
    FORUM("форум"),
    INTENSIVE("образовательный интенсив"),
    ONLINE_EVENT("онлайн-мероприятие"),
    WORKSHOP("педагогическая мастерская"),
    PRACTICUM("практикум"),
    CREATIVE_REPORT("творческий отчёт"),
    EXTRACURRICULAR_EVENT("внеклассное мероприятие"),
    METHODICAL_DEVELOPMENT("методическая разработка"),
    PUBLICATION("публикация"),
    PROFESSIONAL_DEVELOPMENT("повышение квалификации"),
    INFORMING("информирование"),
    OTHER("иная форма");

    private final String russianName;

    Form(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
