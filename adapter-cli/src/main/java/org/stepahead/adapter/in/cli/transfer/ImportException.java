package org.stepahead.adapter.in.cli.transfer;

import java.util.Locale;
import org.stepahead.adapter.in.cli.support.CliContext;
import org.stepahead.application.port.in.transfer.ImportRefusedException;

/** Failure: an import file is malformed — it names the file, the path inside it and the problem. */
public final class ImportException extends RuntimeException {

    private final String file;
    private final String path;
    private final String problemKey;
    private final transient Object[] arguments;
    private final boolean refused;

    public ImportException(String file, String path, String problemKey, Object... arguments) {
        this(false, file, path, problemKey, arguments);
    }

    /** The application's refusal of the file's content, in the CLI's language: exit code 1 for a rule, else 2. */
    static ImportException of(String file, ImportRefusedException e, Locale locale) {
        return new ImportException(e.refusedByRule(), file, e.path(), "import.problem.invalid", e.message(locale));
    }

    private ImportException(boolean refused, String file, String path, String problemKey, Object... arguments) {
        super(file + ": " + path + ": " + problemKey + " " + java.util.Arrays.toString(arguments));
        this.refused = refused;
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

    /** The problem in one sentence in the CLI's language. */
    public String describe(CliContext cli) {
        return cli.message(
                "error.import", file, path == null || path.isEmpty() ? "/" : path, cli.message(problemKey, arguments));
    }
}
