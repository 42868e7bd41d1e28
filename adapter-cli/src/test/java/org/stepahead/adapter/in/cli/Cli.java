package org.stepahead.adapter.in.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.stepahead.adapter.in.cli.support.Json;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;
import tools.jackson.databind.JsonNode;

/** Test driver: runs the CLI in-process against one store (memory kept open between runs, or an H2 directory). */
final class Cli implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2026, 11, 23).atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant(),
            ZoneId.of("Europe/Moscow"));

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
        JsonNode json() {
            return Json.mapper().readTree(out);
        }

        String id() {
            return out.strip();
        }
    }

    static JsonNode json(String text) {
        return Json.mapper().readTree(text);
    }

    private final Storage shared;
    private final List<String> prefix;
    private final String name;

    private Cli(Storage shared, List<String> prefix, String name) {
        this.shared = shared;
        this.prefix = prefix;
        this.name = name;
    }

    static Cli memory() {
        return new Cli(StorageProvider.find("memory:"), List.of(), "memory");
    }

    /** Runs with no store chosen: each test passes --db itself. */
    static Cli plain() {
        return new Cli(null, List.of(), "plain");
    }

    static Cli h2(Path directory) {
        return new Cli(null, List.of("--db", directory.toString()), "H2 " + directory.getFileName());
    }

    static Cli of(String store, Path directory) {
        return store.equals("memory") ? memory() : h2(directory);
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] argv = all.toArray(String[]::new);
        int code = shared == null
                ? StepAheadCli.run(argv, new PrintWriter(out), new PrintWriter(err), CLOCK)
                : StepAheadCli.run(argv, new PrintWriter(out), new PrintWriter(err), CLOCK, shared);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed and returns what it printed (trimmed). */
    String ok(String... args) {
        Result result = run(args);
        if (result.code() != 0) {
            throw new AssertionError(
                    "exit " + result.code() + " for " + String.join(" ", args) + ": " + result.err() + result.out());
        }
        return result.id();
    }

    JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--output");
        all.add("json");
        Result result = run(all.toArray(String[]::new));
        if (result.code() != 0) {
            throw new AssertionError("exit " + result.code() + ": " + result.err());
        }
        return result.json();
    }

    @Override
    public void close() {
        if (shared != null) {
            shared.close();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
