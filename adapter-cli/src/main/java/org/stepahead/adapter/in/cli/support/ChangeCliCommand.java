package org.stepahead.adapter.in.cli.support;

import java.util.function.Consumer;
import picocli.CommandLine.Mixin;

/**
 * Base of a command that changes one thing found by its id: builds the use case's command with the version the caller
 * last read ({@code --expected-version}), runs the use case and prints the id. The subclass declares the id as its
 * first positional parameter (its type and label); the base prints the value picocli parsed into it.
 *
 * @param <C> the use case's command
 */
public abstract class ChangeCliCommand<C> extends CliCommand {

    private final Consumer<C> useCase;

    @Mixin
    ExpectedVersionOption expectedVersion;

    /** The change goes to the use case (called when the command runs). */
    protected ChangeCliCommand(Consumer<C> useCase) {
        this.useCase = useCase;
    }

    /** The use case's command from the options, with the expected version ({@code null}: no check). */
    protected abstract C command(Long expectedVersion);

    @Override
    protected final void run() {
        useCase.accept(command(expectedVersion.value()));
        out().id(spec.positionalParameters().get(0).getValue());
    }
}
