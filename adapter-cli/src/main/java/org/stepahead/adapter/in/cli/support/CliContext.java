package org.stepahead.adapter.in.cli.support;

import java.time.Clock;
import java.util.Locale;

/** What every CLI command needs from the running program besides its use cases: the output, the language and the clock. */
public interface CliContext {

    /** Where results go, in the chosen format. */
    Output output();

    Locale locale();

    /** A message from the CLI bundles in the chosen language. */
    String message(String key, Object... arguments);

    /** The program's clock: what "today" is for a command that needs it. */
    Clock clock();
}
