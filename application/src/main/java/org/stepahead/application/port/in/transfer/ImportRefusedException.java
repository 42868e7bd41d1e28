package org.stepahead.application.port.in.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Messages;
import org.stepahead.domain.shared.DomainRuleViolation;

/**
 * Failure: an import refused, naming the path of the entry inside the document ({@code programs[0].stages[1].period})
 * and the problem. Nothing of the document was kept. {@link #refusedByRule()} tells a rule of the model refusing
 * the content from a document that is incomplete or inconsistent (a missing field, an unknown key). An import checks
 * the whole document before it refuses it: {@link #problems()} lists every problem found, this one first.
 */
public final class ImportRefusedException extends RuntimeException {

    /** What is wrong at the path. */
    public enum Problem {
        /** A required field is missing. */
        REQUIRED("import.problem.required"),
        /** A reference names a key no entry of its kind has. */
        UNKNOWN_KEY("import.problem.unknownKey"),
        /** Two entries of one kind share a key. */
        DUPLICATE_KEY("import.problem.duplicateKey"),
        /** A value cannot be read (an academic year, a month). */
        BAD_VALUE("import.problem.badValue"),
        /** The entry's fields are invalid (the use case's validation). */
        INVALID("import.problem.invalid"),
        /** A rule of the model refuses the entry. */
        RULE("import.problem.rule"),
        /** The document has no content. */
        EMPTY("import.problem.empty"),
        /** An exported document lacks its end: it was cut short ({@link DocumentEnvelope}). */
        TRUNCATED("import.problem.truncated");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        /** The message key of the problem in the bundles. */
        public String code() {
            return code;
        }
    }

    private final String path;
    private final Problem problem;
    private final transient Object[] arguments;
    private final transient List<ImportRefusedException> problems;

    /** The refusal of the entry at the path for the problem, with the arguments its message names. */
    public ImportRefusedException(String path, Problem problem, Object... arguments) {
        this(path, problem, null, arguments);
    }

    private ImportRefusedException(String path, Problem problem, RuntimeException cause, Object... arguments) {
        this(path, problem, cause, List.of(), arguments);
    }

    private ImportRefusedException(
            String path,
            Problem problem,
            RuntimeException cause,
            List<ImportRefusedException> more,
            Object... arguments) {
        super(path + ": " + problem.code() + " " + Arrays.toString(arguments) + more(more), cause);
        this.path = path;
        this.problem = problem;
        this.arguments = arguments.clone();
        this.problems = more;
    }

    private static String more(List<ImportRefusedException> more) {
        return more.size() < 2 ? "" : " (+" + (more.size() - 1) + " more)";
    }

    /**
     * The refusal of a document with several problems: the first one's path and problem, and all of them in
     * {@link #problems()}, in document order.
     */
    public static ImportRefusedException of(List<ImportRefusedException> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        ImportRefusedException first = problems.get(0);
        if (problems.size() == 1) {
            return first;
        }
        List<ImportRefusedException> all =
                problems.stream().flatMap(p -> p.problems().stream()).toList();
        RuntimeException cause = first.getCause() instanceof RuntimeException r ? r : null;
        return new ImportRefusedException(first.path, first.problem, cause, all, first.arguments);
    }

    /** Every problem the import found, this one first; a single problem is a list of itself. */
    public List<ImportRefusedException> problems() {
        return problems.isEmpty() ? List.of(this) : problems;
    }

    /** The entry at the path failed the use case's validation. */
    public static ImportRefusedException invalid(String path, InvalidCommandException cause) {
        return new ImportRefusedException(path, Problem.INVALID, cause);
    }

    /** A rule of the model refused the entry at the path. */
    public static ImportRefusedException refused(String path, DomainRuleViolation cause) {
        return new ImportRefusedException(path, Problem.RULE, cause);
    }

    /** Where in the document: {@code programs[0].activities[2].schedule}; empty for the document as a whole. */
    public String path() {
        return path;
    }

    /** What is wrong at the path. */
    public Problem problem() {
        return problem;
    }

    /** Whether rules of the model refused the content (rather than the document being incomplete or inconsistent). */
    public boolean refusedByRule() {
        return problems().stream().allMatch(p -> p.problem == Problem.RULE);
    }

    /** The problem in one sentence (without the path), Russian unless the locale asks for English. */
    public String message(Locale locale) {
        if (getCause() instanceof InvalidCommandException invalid) {
            return ImportMessages.format(problem.code(), locale, String.join("; ", invalid.messages(locale)));
        }
        if (getCause() instanceof DomainRuleViolation rule) {
            return ImportMessages.format(problem.code(), locale, Messages.ruleMessage(rule, locale));
        }
        return ImportMessages.format(problem.code(), locale, arguments);
    }
}
