package org.stepahead.adapter.in.cli.transfer;

import org.stepahead.adapter.in.cli.support.CliContext;

/** Failure: an import file is malformed — it names the file, the path inside it and the problem. */
public final class ImportException extends RuntimeException {

  private final String file;
  private final String path;
  private final String problemKey;
  private final transient Object[] arguments;

  public ImportException(String file, String path, String problemKey, Object... arguments) {
    super(file + ": " + path + ": " + problemKey);
    this.file = file;
    this.path = path;
    this.problemKey = problemKey;
    this.arguments = arguments.clone();
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
    return cli.message("error.import", file, path == null || path.isEmpty() ? "/" : path,
        cli.message(problemKey, arguments));
  }
}
