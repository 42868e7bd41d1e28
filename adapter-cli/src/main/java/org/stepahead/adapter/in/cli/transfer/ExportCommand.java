package org.stepahead.adapter.in.cli.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.domain.community.CommunityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export --community ID}: writes a whole community in the import format, as YAML or JSON. */
@Command(name = "export")
public final class ExportCommand extends CliCommand {

    @Option(names = "--community", required = true)
    CommunityId community;

    @Option(names = "--format", defaultValue = "yaml")
    DocumentFiles.Format format;

    @Option(names = "--file")
    Path file;

    @Override
    protected void run() throws Exception {
        String text = DocumentFiles.write(app().exportCommunity().export(community), format);
        if (file != null) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
    }
}
