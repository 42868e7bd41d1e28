package org.stepahead.adapter.in.web.ui.community;

import static org.stepahead.adapter.in.web.ui.FormText.blankToNull;
import static org.stepahead.adapter.in.web.ui.FormText.lines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepahead.adapter.in.web.ui.Labels;
import org.stepahead.adapter.in.web.ui.Option;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.CommunityView.DocumentView;
import org.stepahead.application.port.in.community.CommunityView.PartnerView;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DirectionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.FunctionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.PartnerInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.TutorFunctionInput;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.TutorFunction;

/**
 * A community's profile as the edit form writes it, in the words a coordinator reads: a function or tutor function
 * per line as "name: what it means here"; a direction's title on its line with its works below, each starting with
 * "-"; a partner per line as "organization; role; theme", the organization by its registered name. Names of
 * functions and roles are their labels in the reader's language (or the constants). A partner kept with the same
 * organization and role keeps the basis document it had, which the form does not show.
 */
final class CommunityProfileText {

    private static final String ITEM_MARKS = "-–—•*";

    private final Labels labels;
    private final List<Option> organizations;

    CommunityProfileText(Labels labels, List<Option> organizations) {
        this.labels = labels;
        this.organizations = organizations;
    }

    /** The form filled with the community's current data. */
    CommunityRevisionForm form(CommunityView c) {
        DocumentView document = c.foundingDocument();
        return new CommunityRevisionForm(
                c.version(),
                c.name(),
                c.timeZone(),
                document == null ? null : document.title(),
                document == null ? null : document.number(),
                document == null ? null : document.date(),
                c.description(),
                c.goal(),
                String.join("\n", c.tasks()),
                c.functions().stream()
                        .map(f -> described(labels.of(f.function()), f.description()))
                        .collect(Collectors.joining("\n")),
                String.join("\n", c.principles()),
                c.directions().stream()
                        .map(d -> d.items().stream()
                                .map(item -> "\n- " + item)
                                .collect(Collectors.joining("", d.title(), "")))
                        .collect(Collectors.joining("\n")),
                c.forms(),
                String.join("\n", c.rights()),
                c.partners().stream()
                        .map(p -> p.theme() == null
                                ? p.organizationName() + "; " + labels.of(p.role())
                                : p.organizationName() + "; " + labels.of(p.role()) + "; " + p.theme())
                        .collect(Collectors.joining("\n")),
                c.tutorFunctions().stream()
                        .map(f -> described(labels.of(f.function()), f.description()))
                        .collect(Collectors.joining("\n")));
    }

    /** The founding document the form names, or none when its three fields are empty. */
    static DocumentInput document(CommunityRevisionForm form) {
        String title = blankToNull(form.documentTitle());
        String number = blankToNull(form.documentNumber());
        return title == null && number == null && form.documentDate() == null
                ? null
                : new DocumentInput(title, number, form.documentDate());
    }

    /**
     * The profile the form describes; each line that cannot be read puts a message beside its field in
     * {@code errors} (the profile then leaves that line out).
     */
    ProfileInput profile(CommunityRevisionForm form, List<PartnerView> current, BindingResult errors) {
        Problems problems = new Problems(errors);
        return new ProfileInput(
                blankToNull(form.description()),
                blankToNull(form.goal()),
                lines(form.tasksText()),
                described(
                        form.functionsText(),
                        "functionsText",
                        CommunityFunction.values(),
                        FunctionInput::new,
                        problems),
                lines(form.principlesText()),
                directions(form.directionsText(), problems),
                form.forms(),
                lines(form.rightsText()),
                partners(form.partnersText(), current, problems),
                described(
                        form.tutorFunctionsText(),
                        "tutorFunctionsText",
                        TutorFunction.values(),
                        TutorFunctionInput::new,
                        problems));
    }

    /** "name: description" lines as inputs; an unknown name is a problem of the field. */
    private <E extends Enum<E>, T> List<T> described(
            String text, String field, E[] values, BiFunction<E, String, T> make, Problems problems) {
        List<T> inputs = new ArrayList<>();
        for (String line : lines(text)) {
            int colon = line.indexOf(':');
            String word = colon < 0 ? line : line.substring(0, colon);
            String description = colon < 0 ? null : blankToNull(line.substring(colon + 1));
            constant(values, word)
                    .ifPresentOrElse(
                            value -> inputs.add(make.apply(value, description)),
                            () -> problems.add(
                                    field,
                                    text,
                                    labels.text("ui.community.unknownName", word.strip(), allowed(values))));
        }
        return inputs;
    }

    private List<DirectionInput> directions(String text, Problems problems) {
        List<String> titles = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        for (String line : lines(text)) {
            if (ITEM_MARKS.indexOf(line.charAt(0)) >= 0) {
                String item = line.substring(1).strip();
                if (titles.isEmpty()) {
                    problems.add("directionsText", text, labels.text("ui.community.itemWithoutDirection", item));
                } else if (!item.isEmpty()) {
                    items.get(items.size() - 1).add(item);
                }
            } else {
                titles.add(line);
                items.add(new ArrayList<>());
            }
        }
        List<DirectionInput> directions = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            directions.add(new DirectionInput(titles.get(i), List.copyOf(items.get(i))));
        }
        return directions;
    }

    private List<PartnerInput> partners(String text, List<PartnerView> current, Problems problems) {
        List<PartnerInput> partners = new ArrayList<>();
        for (String line : lines(text)) {
            String[] fields = line.split(";", 3);
            Optional<OrganizationId> organization = organization(fields[0]);
            Optional<PartnerRole> role =
                    fields.length < 2 ? Optional.empty() : constant(PartnerRole.values(), fields[1]);
            if (organization.isEmpty()) {
                problems.add("partnersText", text, labels.text("ui.community.unknownOrganization", fields[0].strip()));
            } else if (role.isEmpty()) {
                problems.add(
                        "partnersText",
                        text,
                        labels.text(
                                "ui.community.unknownRole",
                                fields.length < 2 ? "" : fields[1].strip(),
                                allowed(PartnerRole.values())));
            } else {
                String theme = fields.length < 3 ? null : blankToNull(fields[2]);
                DocumentInput basis = current.stream()
                        .filter(p -> p.organizationId().equals(organization.get()) && p.role() == role.get())
                        .map(PartnerView::basis)
                        .filter(b -> b != null)
                        .findFirst()
                        .map(b -> new DocumentInput(b.title(), b.number(), b.date()))
                        .orElse(null);
                partners.add(new PartnerInput(organization.get(), role.get(), theme, basis));
            }
        }
        return partners;
    }

    private Optional<OrganizationId> organization(String name) {
        String wanted = name.strip();
        return organizations.stream()
                .filter(o -> o.label().strip().equalsIgnoreCase(wanted))
                .findFirst()
                .map(o -> OrganizationId.of(o.value()));
    }

    private <E extends Enum<E>> Optional<E> constant(E[] values, String word) {
        String wanted = word.strip();
        return Arrays.stream(values)
                .filter(v -> v.name().equalsIgnoreCase(wanted) || labels.of(v).equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The labels of the values, for a hint or a message. */
    String allowed(Enum<?>[] values) {
        return Arrays.stream(values).map(labels::of).collect(Collectors.joining(", "));
    }

    private static String described(String name, String description) {
        return description == null ? name : name + ": " + description;
    }

    /** Messages beside the form's list fields, one per line that cannot be read. */
    private record Problems(BindingResult errors) {
        void add(String field, String text, String message) {
            errors.addError(new FieldError(
                    errors.getObjectName(),
                    field,
                    text,
                    false,
                    errors.resolveMessageCodes("invalid", field),
                    null,
                    message));
        }
    }
}
