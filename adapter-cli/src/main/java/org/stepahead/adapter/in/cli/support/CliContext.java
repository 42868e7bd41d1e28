package org.stepahead.adapter.in.cli.support;

import java.util.Locale;
import org.stepahead.application.StepAhead;

/** What every CLI command needs from the running program: the use cases, the output and the language. */
public interface CliContext {

    /** The use cases over the chosen storage, opened on first use. */
    StepAhead app();

    /** Where results go, in the chosen format. */
    Output output();

    Locale locale();

    /** A message from the CLI bundles in the chosen language. */
    String message(String key, Object... arguments);
}
