package org.stepahead.domain.community;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Texts;

/**
 * Value: what a community's founding documents say of it — a description (general provisions, legal basis,
 * documentation), its goal and tasks, functions, the tutor functions it asks of its tutors, principles, directions of
 * activity, forms of work, members' rights and the organizations that support it.
 */
public record CommunityProfile(
        String description,
        String goal,
        List<String> tasks,
        List<FunctionStatement> functions,
        List<Principle> principles,
        List<WorkDirection> directions,
        List<Form> forms,
        List<String> rights,
        List<Partner> partners,
        List<TutorFunctionStatement> tutorFunctions)
        implements ValueObject {

    public CommunityProfile {
        description = Texts.optional(description);
        goal = Texts.optional(goal);
        tutorFunctions = Texts.listOf(tutorFunctions, "tutorFunctions");
        if (tutorFunctions.stream()
                        .map(TutorFunctionStatement::function)
                        .distinct()
                        .count()
                != tutorFunctions.size()) {
            throw new DomainRuleViolation("community.tutorFunctionTwice");
        }
        tasks = Texts.listOf(tasks, "tasks").stream()
                .map(t -> Texts.required(t, "task"))
                .toList();
        functions = Texts.listOf(functions, "functions");
        principles = Texts.listOf(principles, "principles");
        directions = Texts.listOf(directions, "directions");
        forms = Texts.listOf(forms, "forms");
        rights = Texts.listOf(rights, "rights").stream()
                .map(t -> Texts.required(t, "right"))
                .toList();
        partners = Texts.listOf(partners, "partners");
        Set<CommunityFunction> seen = new HashSet<>();
        for (FunctionStatement f : functions) {
            if (!seen.add(f.function())) {
                throw new DomainRuleViolation("community.functionTwice", f.function());
            }
        }
        if (principles.stream()
                        .map(p -> p.text().toLowerCase(java.util.Locale.ROOT))
                        .distinct()
                        .count()
                != principles.size()) {
            throw new DomainRuleViolation("community.principleTwice");
        }
        if (forms.stream().distinct().count() != forms.size()) {
            throw new DomainRuleViolation("community.formTwice");
        }
    }

    /** A profile without description and tutor functions. */
    public CommunityProfile(
            String goal,
            List<String> tasks,
            List<FunctionStatement> functions,
            List<Principle> principles,
            List<WorkDirection> directions,
            List<Form> forms,
            List<String> rights,
            List<Partner> partners) {
        this(null, goal, tasks, functions, principles, directions, forms, rights, partners, List.of());
    }

    /**
     * A profile that says nothing yet: no description, goal, tasks, functions, principles, directions, forms, rights,
     * partners or tutor functions.
     */
    public static CommunityProfile empty() {
        return new CommunityProfile(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
