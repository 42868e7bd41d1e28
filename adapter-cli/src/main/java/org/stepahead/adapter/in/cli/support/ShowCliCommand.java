package org.stepahead.adapter.in.cli.support;

import java.util.List;
import java.util.function.Function;

/**
 * Base of a command that prints one thing found by its id: a two-column table of its fields, one CSV row, or JSON.
 * The subclass declares the id as its only positional parameter (its type and label); the base reads the value
 * picocli parsed into it.
 */
public abstract class ShowCliCommand<I, V> extends CliCommand {

    private final Function<I, V> view;
    private final List<Column<V>> fields;

    /** The thing comes from the use case (called when the command runs), printed with these fields. */
    protected ShowCliCommand(Function<I, V> view, List<Column<V>> fields) {
        this.view = view;
        this.fields = fields;
    }

    @Override
    protected void run() {
        I id = spec.positionalParameters().get(0).getValue();
        out().one(view.apply(id), fields);
    }
}
