package org.stepahead.adapter.in.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.stepahead.adapter.in.cli.transfer.ImportException;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Messages;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.application.port.out.StorageUnreachableException;
import org.stepahead.domain.shared.DomainRuleViolation;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into one sentence on stderr in the chosen language and an exit code: 1 refused by a domain rule,
 * 2 usage or bad input, 3 storage unavailable, 4 conflict. The stack trace follows only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {

    private final StepAheadCli cli;

    ErrorHandler(StepAheadCli cli) {
        this.cli = cli;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(cli.message("error.usage", usageProblem(e)));
        err.println(cli.message("error.usage.help", commandLine.getCommandSpec().qualifiedName()));
        if (cli.verbose() || verboseAsked(args)) {
            e.printStackTrace(err);
        }
        err.flush();
        return StepAheadCli.BAD_INPUT;
    }

    private String usageProblem(ParameterException e) {
        if (e instanceof MissingParameterException missing) {
            return cli.message(
                    "error.usage.missing",
                    String.join(
                            ", ",
                            missing.getMissing().stream()
                                    .map(ErrorHandler::name)
                                    .toList()));
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return cli.message("error.usage.twice", name(overwritten.getOverwritten()));
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return cli.message("error.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null) {
            return cli.message("error.usage.value", e.getValue(), name(arg));
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        if (arg.isOption()) {
            return ((CommandLine.Model.OptionSpec) arg).longestName();
        }
        return arg.paramLabel();
    }

    private static boolean verboseAsked(String[] args) {
        for (String arg : args) {
            if (arg.equals("--verbose")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code = getExitCode(e);
        err.println(describe(e));
        if (cli.verbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof ImportException problem) {
            return problem.refused() ? StepAheadCli.REFUSED : StepAheadCli.BAD_INPUT;
        }
        if (e instanceof InvalidCommandException || isFileProblem(e)) {
            return StepAheadCli.BAD_INPUT;
        }
        if (e instanceof StorageUnavailableException || e instanceof StorageUnreachableException) {
            return StepAheadCli.STORAGE_UNAVAILABLE;
        }
        if (e instanceof ConflictException) {
            return StepAheadCli.CONFLICT;
        }
        return StepAheadCli.REFUSED;
    }

    private String describe(Exception e) {
        if (e instanceof InvalidCommandException invalid) {
            return cli.message("error.invalid", String.join("; ", invalid.messages(cli.locale())));
        }
        if (e instanceof DomainRuleViolation refused) {
            return cli.message("error.refused", Messages.ruleMessage(refused, cli.locale()));
        }
        if (e instanceof ConflictException conflict) {
            return cli.message("error.conflict", conflict.aggregate(), conflict.id(), conflict.expectedVersion());
        }
        if (e instanceof StorageUnavailableException || e instanceof StorageUnreachableException) {
            return cli.message("error.storage", e.getMessage());
        }
        if (e instanceof ImportException problem) {
            return problem.describe(cli);
        }
        if (e instanceof NoSuchFileException missing) {
            return cli.message("error.file.missing", missing.getFile());
        }
        if (isFileProblem(e)) {
            return cli.message("error.file", rootMessage(e));
        }
        return cli.message("error.unexpected", rootMessage(e));
    }

    private static boolean isFileProblem(Throwable e) {
        return e instanceof IOException || e instanceof UncheckedIOException;
    }

    private static String rootMessage(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause.getMessage() != null) {
                message = message == null ? cause.getMessage() : message + ": " + cause.getMessage();
                if (message.length() > 300) {
                    break;
                }
            }
            cause = cause.getCause();
        }
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }
}
