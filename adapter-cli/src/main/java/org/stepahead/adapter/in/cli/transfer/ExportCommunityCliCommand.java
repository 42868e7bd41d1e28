package org.stepahead.adapter.in.cli.transfer;

import java.nio.file.Path;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.transfer.ExportCommunityUseCase;
import org.stepahead.domain.community.CommunityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export --community ID}: writes a whole community in the import format, as YAML or JSON. */
@Command(name = "export")
public final class ExportCommunityCliCommand extends CliCommand {

    private final ExportCommunityUseCase exportCommunity;

    @Option(names = "--community", required = true)
    CommunityId community;

    @Option(names = "--format", defaultValue = "yaml")
    DocumentFiles.Format format;

    @Option(names = "--file")
    Path file;

    ExportCommunityCliCommand(ExportCommunityUseCase exportCommunity) {
        this.exportCommunity = exportCommunity;
    }

    @Override
    protected void run() throws Exception {
        writeText(DocumentFiles.write(exportCommunity.export(community), format), file);
    }
}
