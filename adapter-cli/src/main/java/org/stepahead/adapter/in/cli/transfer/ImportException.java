package org.stepahead.adapter.in.cli.transfer;

import java.util.List;
import java.util.Locale;
import org.stepahead.adapter.in.cli.support.CliContext;
import org.stepahead.application.port.in.transfer.ImportRefusedException;

/**
 * Failure: an import file is malformed or refused — it names the file, the path inside it and the problem, one line
 * per problem when the application found several.
 */
public final class ImportException extends RuntimeException {

    private final String file;
    private final String path;
    private final String problemKey;
    private final transient Object[] arguments;
    private final boolean refused;
    private final transient List<ImportException> more;

    public ImportException(String file, String path, String problemKey, Object... arguments) {
        this(false, List.of(), file, path, problemKey, arguments);
    }

    /**
     * The application's refusal of the file's content with every problem it found, in the CLI's language: exit code
     * 1 when rules of the model refused it, else 2.
     */
    static ImportException of(String file, ImportRefusedException e, Locale locale) {
        List<ImportException> more = e.problems().stream()
                .skip(1)
                .map(p -> new ImportException(
                        false, List.of(), file, p.path(), "import.problem.invalid", p.message(locale)))
                .toList();
        return new ImportException(
                e.refusedByRule(), more, file, e.path(), "import.problem.invalid", e.message(locale));
    }

    private ImportException(
            boolean refused,
            List<ImportException> more,
            String file,
            String path,
            String problemKey,
            Object... arguments) {
        super(file + ": " + path + ": " + problemKey + " " + java.util.Arrays.toString(arguments));
        this.refused = refused;
        this.more = more;
        this.file = file;
        this.path = path;
        this.problemKey = problemKey;
        this.arguments = arguments.clone();
    }

    /** Whether a domain rule refused the file's content (rather than the file being malformed). */
    public boolean refused() {
        return refused;
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    public String problemKey() {
        return problemKey;
    }

    /** The problem in one sentence in the CLI's language; several problems one per line. */
    public String describe(CliContext cli) {
        StringBuilder text = new StringBuilder(cli.message(
                "error.import", file, path == null || path.isEmpty() ? "/" : path, cli.message(problemKey, arguments)));
        for (ImportException next : more) {
            text.append(System.lineSeparator()).append(next.describe(cli));
        }
        return text.toString();
    }
}
