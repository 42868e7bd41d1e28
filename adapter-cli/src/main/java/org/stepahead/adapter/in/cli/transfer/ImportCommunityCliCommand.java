package org.stepahead.adapter.in.cli.transfer;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.ImportCommunityCommand;
import org.stepahead.application.port.in.transfer.ImportCommunityUseCase;
import org.stepahead.application.port.in.transfer.ImportRefusedException;
import org.stepahead.application.port.in.transfer.ImportReport;
import org.stepahead.application.port.in.transfer.ImportWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE}: enters a whole community from a YAML or JSON file, all or nothing — the file is read here, the
 * import runs in one unit of work in the application (docs/adr/0011-import-as-one-unit-of-work.md). Warnings (schedules
 * kept as their words) go to stderr; they do not change the exit code. A document imported before (by its key) changes
 * nothing: the command prints the community it became and says so, with exit code 0.
 */
@Command(name = "import")
public final class ImportCommunityCliCommand extends CliCommand {

    private final ImportCommunityUseCase importCommunity;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE")
    Path file;

    @Option(names = "--dry-run")
    boolean dryRun;

    ImportCommunityCliCommand(ImportCommunityUseCase importCommunity) {
        this.importCommunity = importCommunity;
    }

    @Override
    protected void run() throws Exception {
        CommunityDocument document = DocumentFiles.read(file);
        ImportReport report;
        try {
            report = importCommunity.importCommunity(new ImportCommunityCommand(document, dryRun));
        } catch (ImportRefusedException e) {
            throw ImportException.of(file.toString(), e, cli().locale());
        }
        PrintWriter err = spec.commandLine().getErr();
        for (ImportWarning warning : report.warnings()) {
            err.println(cli().message("import.warning", file, warning.path(), warning.message(cli().locale())));
        }
        err.flush();
        if (report.alreadyImported()) {
            out().id(report.communityId());
            out().note(cli().message("import.already", report.documentKey(), report.communityId()));
            return;
        }
        if (dryRun) {
            out().note(cli().message("import.checked"));
            return;
        }
        out().id(report.communityId());
        out().note(cli().message(
                        "import.done",
                        report.communityId(),
                        report.organizations(),
                        report.educators(),
                        report.members(),
                        report.programs(),
                        report.events()));
    }
}
