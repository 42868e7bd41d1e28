package org.stepahead.adapter.in.cli.community;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.stepahead.adapter.in.cli.support.PipeFields;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DirectionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.FunctionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.PartnerInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.TutorFunctionInput;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.TutorFunction;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options a community is founded or revised with (a picocli mixin): its name, time zone, founding document and
 * every field of its profile. Composite values are fields separated by {@code |}.
 */
final class CommunityOptions {

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--time-zone")
    String timeZone;

    @Option(names = "--description")
    String description;

    @Option(names = "--goal")
    String goal;

    @Option(names = "--task")
    List<String> tasks = List.of();

    @Option(
            names = "--function",
            paramLabel = "FUNCTION|DESCRIPTION",
            descriptionKey = "community-function",
            converter = FunctionConverter.class)
    List<FunctionInput> functions = List.of();

    @Option(names = "--principle")
    List<String> principles = List.of();

    @Option(
            names = "--direction",
            paramLabel = "TITLE|ITEM|…",
            descriptionKey = "community-direction",
            converter = DirectionConverter.class)
    List<DirectionInput> directions = List.of();

    @Option(names = "--form", split = ",")
    List<Form> forms = List.of();

    @Option(names = "--right")
    List<String> rights = List.of();

    @Option(names = "--partner", paramLabel = "ORG|ROLE|THEME", converter = PartnerConverter.class)
    List<PartnerInput> partners = List.of();

    @Option(
            names = "--tutor-function",
            paramLabel = "FUNCTION|DESCRIPTION",
            descriptionKey = "community-tutor-function",
            converter = TutorFunctionConverter.class)
    List<TutorFunctionInput> tutorFunctions = List.of();

    @Option(names = "--document-title")
    String documentTitle;

    @Option(names = "--document-number")
    String documentNumber;

    @Option(names = "--document-date")
    LocalDate documentDate;

    /** The founding document the options name, or null when they name none. */
    DocumentInput document() {
        return documentTitle == null && documentNumber == null && documentDate == null
                ? null
                : new DocumentInput(documentTitle, documentNumber, documentDate);
    }

    /** The profile the options describe; a field not given is empty. */
    ProfileInput profile() {
        return new ProfileInput(
                description, goal, tasks, functions, principles, directions, forms, rights, partners, tutorFunctions);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text, String expected) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + text + "' (" + expected + ")");
        }
    }

    private static <T> T parse(String text, int count, String expected, Function<String[], T> make) {
        String[] fields = PipeFields.of(text, count);
        try {
            return make.apply(fields);
        } catch (RuntimeException e) {
            throw new TypeConversionException("'" + text + "' (" + expected + ")");
        }
    }

    /** {@code FUNCTION|description}: a community function and what it means here. */
    static final class FunctionConverter implements ITypeConverter<FunctionInput> {
        @Override
        public FunctionInput convert(String text) {
            String[] fields = PipeFields.of(text, 2);
            return new FunctionInput(constant(CommunityFunction.class, fields[0], "FUNCTION|description"), fields[1]);
        }
    }

    /** {@code title|item|item…}: a direction of activity and its items. */
    static final class DirectionConverter implements ITypeConverter<DirectionInput> {
        @Override
        public DirectionInput convert(String text) {
            List<String> fields =
                    Arrays.stream(text.split("\\|")).map(String::strip).toList();
            return new DirectionInput(fields.get(0), fields.subList(1, fields.size()));
        }
    }

    /** {@code ORG|ROLE|theme}: a supporting organization by id, its role and theme. */
    static final class PartnerConverter implements ITypeConverter<PartnerInput> {
        @Override
        public PartnerInput convert(String text) {
            return parse(
                    text,
                    3,
                    "ORG|ROLE|theme",
                    fields -> new PartnerInput(
                            OrganizationId.of(fields[0]),
                            constant(PartnerRole.class, fields[1], "ORG|ROLE|theme"),
                            fields[2],
                            null));
        }
    }

    /** {@code FUNCTION|description}: a tutor function and what the community asks of its tutors under it. */
    static final class TutorFunctionConverter implements ITypeConverter<TutorFunctionInput> {
        @Override
        public TutorFunctionInput convert(String text) {
            String[] fields = PipeFields.of(text, 2);
            return new TutorFunctionInput(constant(TutorFunction.class, fields[0], "FUNCTION|description"), fields[1]);
        }
    }
}
