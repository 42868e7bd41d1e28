package org.stepahead.adapter.in.cli.support;

import java.util.List;
import java.util.function.Supplier;

/** Base of a command that takes no options and prints every item of a kind: a table, CSV or JSON of the rows. */
public abstract class ListAllCliCommand<T> extends CliCommand {

    private final Supplier<List<T>> rows;
    private final List<Column<T>> columns;

    /** The rows come from the use case (called when the command runs), printed in these columns. */
    protected ListAllCliCommand(Supplier<List<T>> rows, List<Column<T>> columns) {
        this.rows = rows;
        this.columns = columns;
    }

    @Override
    protected void run() {
        out().list(rows.get(), columns);
    }
}
