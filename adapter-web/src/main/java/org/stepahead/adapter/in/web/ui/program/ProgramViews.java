package org.stepahead.adapter.in.web.ui.program;

import java.util.List;
import java.util.UUID;

/** View models of the program page: plain texts, ids and flags, ready to print. */
public final class ProgramViews {

    private ProgramViews() {}

    /** The whole program page. */
    public record ProgramPage(
            UUID id,
            UUID communityId,
            String communityName,
            String title,
            String kind,
            String status,
            String period,
            String goal,
            String summary,
            String approval,
            List<TaskLine> tasks,
            List<StageLine> stages,
            List<ActivityLine> activitiesWithoutStage,
            List<ResultLine> resultsWithoutStage,
            List<IndicatorLine> indicators,
            List<String> directions,
            boolean draft) {}

    /** A numbered task. */
    public record TaskLine(int number, String text) {}

    /** A stage on the timeline. */
    public record StageLine(
            UUID id,
            int number,
            String name,
            String kind,
            String period,
            String status,
            String state,
            String startedOn,
            String closedOn,
            String description,
            List<ActivityLine> activities,
            List<ResultLine> results) {

        public boolean active() {
            return "ACTIVE".equals(state);
        }

        public boolean planned() {
            return "PLANNED".equals(state);
        }
    }

    /** An activity with its schedule in words and who is responsible. */
    public record ActivityLine(
            UUID id,
            String number,
            String title,
            String description,
            String direction,
            String forms,
            String schedule,
            String responsible) {}

    /** An expected result with its assessment, if any. */
    public record ResultLine(
            UUID id,
            String text,
            String details,
            String kind,
            boolean assessed,
            String outcome,
            String outcomeCode,
            String assessedOn,
            String comment,
            List<EvidenceLine> evidence) {}

    /** A proof of a result. */
    public record EvidenceLine(String kind, String description, String reference) {}

    /** An indicator and how far it got. */
    public record IndicatorLine(
            UUID id,
            String name,
            String unit,
            String baseline,
            String target,
            String latest,
            Integer percent,
            boolean achieved,
            String direction,
            List<MeasurementLine> measurements) {}

    /** A measured value of an indicator: the day (дд.мм.гггг), the value and a note. */
    public record MeasurementLine(String measuredOn, String value, String note) {}
}
