package org.stepahead.adapter.in.cli.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.application.port.in.transfer.ScheduleData;
import org.stepahead.domain.shared.Schedule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** The CLI's JSON mapper: identifiers as plain strings, schedules as their import-format structure, indented. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(module())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** The module that writes identifiers and schedules the way the import format reads them. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("stepahead-cli");
        module.addSerializer(Identifier.class, ToStringSerializer.instance);
        module.addSerializer(Schedule.class, new ScheduleSerializer());
        module.setMixInAnnotation(ScheduleData.class, OnlyPresentFields.class);
        return module;
    }

    /** Mix-in: a schedule structure writes only the fields its kind has. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private interface OnlyPresentFields {}

    /** Writes a schedule as its {@link ScheduleData} structure. */
    private static final class ScheduleSerializer extends ValueSerializer<Schedule> {
        @Override
        public void serialize(Schedule value, JsonGenerator gen, SerializationContext context) {
            context.writeValue(gen, ScheduleData.of(value));
        }
    }
}
