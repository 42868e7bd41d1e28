package org.stepahead.adapter.in.cli.support;

import picocli.CommandLine.Option;

/**
 * The {@code --expected-version} option of a command that changes something: the version the caller last read, so
 * that a change made by someone else in between is refused (exit code 4). A picocli mixin.
 */
public final class ExpectedVersionOption {

    @Option(names = "--expected-version")
    Long value;

    /** The version asked for, or {@code null} when the option is not given (no check). */
    public Long value() {
        return value;
    }
}
