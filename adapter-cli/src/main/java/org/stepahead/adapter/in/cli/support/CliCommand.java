package org.stepahead.adapter.in.cli.support;

import java.util.concurrent.Callable;
import org.stepahead.application.StepAhead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of every leaf command: reaches the running program through the root command and exits 0 when done. */
@Command
public abstract class CliCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    protected CliContext cli() {
        return (CliContext) spec.root().userObject();
    }

    protected StepAhead app() {
        return cli().app();
    }

    protected Output out() {
        return cli().output();
    }

    @Override
    public Integer call() throws Exception {
        run();
        return 0;
    }

    protected abstract void run() throws Exception;
}
