package org.stepahead.adapter.in.cli.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Function;
import org.stepahead.application.port.in.transfer.ScheduleData;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.AcademicYear;
import org.stepahead.domain.shared.Schedule;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Type converters for options: identifiers as UUIDs, ISO dates and times, decimals and inline schedules. */
public final class Converters {

    private Converters() {}

    /** The YAML reader, built on first use only (it costs start-up time every other command would pay). */
    private static final class Yaml {
        private static final YAMLMapper MAPPER = YAMLMapper.builder().build();
    }

    /** Registers every converter on a command line (and its subcommands). */
    public static void register(CommandLine commandLine) {
        commandLine.registerConverter(OrganizationId.class, id(OrganizationId::of));
        commandLine.registerConverter(EducatorId.class, id(EducatorId::of));
        commandLine.registerConverter(CommunityId.class, id(CommunityId::of));
        commandLine.registerConverter(MembershipId.class, id(MembershipId::of));
        commandLine.registerConverter(ProgramId.class, id(ProgramId::of));
        commandLine.registerConverter(StageId.class, id(StageId::of));
        commandLine.registerConverter(DirectionId.class, id(DirectionId::of));
        commandLine.registerConverter(ActivityId.class, id(ActivityId::of));
        commandLine.registerConverter(ExpectedResultId.class, id(ExpectedResultId::of));
        commandLine.registerConverter(IndicatorId.class, id(IndicatorId::of));
        commandLine.registerConverter(EventId.class, id(EventId::of));
        commandLine.registerConverter(LocalDate.class, text -> parse(text, LocalDate::parse, "yyyy-mm-dd"));
        commandLine.registerConverter(LocalTime.class, text -> parse(text, LocalTime::parse, "hh:mm"));
        commandLine.registerConverter(BigDecimal.class, text -> parse(text, BigDecimal::new, "12.5"));
        commandLine.registerConverter(Schedule.class, Converters::schedule);
        commandLine.registerConverter(AcademicYear.class, text -> parse(text, AcademicYear::parse, "2020-2021"));
    }

    private static <T> ITypeConverter<T> id(Function<String, T> parser) {
        return text -> parse(text, parser, "UUID");
    }

    private static <T> T parse(String text, Function<String, T> parser, String expected) {
        try {
            return parser.apply(text.strip());
        } catch (RuntimeException e) {
            throw new TypeConversionException("'" + text + "' (" + expected + ")");
        }
    }

    private static Schedule schedule(String text) {
        try {
            return Yaml.MAPPER.readValue(text, ScheduleData.class).toSchedule(null);
        } catch (RuntimeException e) {
            throw new TypeConversionException(
                    "'" + text + "' ({kind: RECURRING, times: 2, per: MONTH, text: \"2 раза в месяц\"})");
        }
    }
}
