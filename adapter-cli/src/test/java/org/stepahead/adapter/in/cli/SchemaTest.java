package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.ScheduleData;
import tools.jackson.databind.JsonNode;

/** The JSON Schema in docs/ names exactly the fields the import format's records read. */
class SchemaTest {

    private static final Path SCHEMA = Path.of("..", "docs", "import-format.schema.json");

    @Test
    void givenTheSchema_everyObject_hasTheFieldsOfItsRecord() throws Exception {
        JsonNode schema = Cli.json(java.nio.file.Files.readString(SCHEMA));
        JsonNode defs = schema.get("$defs");
        JsonNode program = defs.get("program").get("properties");
        JsonNode event = defs.get("event").get("properties");
        Map<JsonNode, Class<?>> objects = Map.ofEntries(
                Map.entry(schema, CommunityDocument.class),
                Map.entry(defs.get("organization"), CommunityDocument.OrganizationData.class),
                Map.entry(defs.get("educator"), CommunityDocument.EducatorData.class),
                Map.entry(defs.get("document"), CommunityDocument.DocumentData.class),
                Map.entry(defs.get("community"), CommunityDocument.CommunityData.class),
                Map.entry(defs.get("member"), CommunityDocument.MemberData.class),
                Map.entry(defs.get("period"), CommunityDocument.PeriodData.class),
                Map.entry(defs.get("official"), CommunityDocument.OfficialData.class),
                Map.entry(defs.get("scheduleStructure"), ScheduleData.class),
                Map.entry(defs.get("program"), CommunityDocument.ProgramData.class),
                Map.entry(program.get("stages").get("items"), CommunityDocument.StageData.class),
                Map.entry(program.get("activities").get("items"), CommunityDocument.ActivityData.class),
                Map.entry(program.get("results").get("items"), CommunityDocument.ResultData.class),
                Map.entry(program.get("indicators").get("items"), CommunityDocument.IndicatorData.class),
                Map.entry(program.get("approval"), CommunityDocument.ApprovalData.class),
                Map.entry(defs.get("event"), CommunityDocument.EventData.class),
                Map.entry(event.get("attendance"), CommunityDocument.AttendanceData.class),
                Map.entry(event.get("minutes"), CommunityDocument.MinutesData.class));
        objects.forEach((node, type) -> {
            List<String> properties = new ArrayList<>(node.get("properties").propertyNames());
            List<String> components = Arrays.stream(type.getRecordComponents())
                    .map(c -> c.getName())
                    .toList();
            assertThat(properties).as(type.getSimpleName()).containsExactlyInAnyOrderElementsOf(components);
            assertThat(node.get("additionalProperties").asBoolean())
                    .as(type.getSimpleName())
                    .isFalse();
        });
    }
}
