package org.stepahead.adapter.in.cli.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every leaf command: the use cases come through the subclass's constructor; the output and the language come
 * from the running program ({@link CliContext}); exits 0 when done.
 */
@Command
public abstract class CliCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    protected CliContext cli() {
        return (CliContext) spec.root().userObject();
    }

    protected Output out() {
        return cli().output();
    }

    /** Writes a document as it is (no format applies): to the file when one is given, else to standard output. */
    protected void writeText(String text, Path file) throws IOException {
        if (file != null) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(text);
        stdout.flush();
    }

    @Override
    public Integer call() throws Exception {
        run();
        return 0;
    }

    protected abstract void run() throws Exception;
}
