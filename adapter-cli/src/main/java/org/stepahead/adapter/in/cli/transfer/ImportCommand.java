package org.stepahead.adapter.in.cli.transfer;

import java.nio.file.Path;
import org.stepahead.adapter.in.cli.support.CliCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE}: enters a whole community from a YAML or JSON file, all or nothing. The file is first
 * imported into a fresh in-memory store (a dry run through the real use cases, so every rule is checked); only
 * if that succeeds is it imported into the chosen store (docs/adr/0005-cli-import-atomicity.md).
 */
@Command(name = "import")
public final class ImportCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE")
  Path file;

  @Option(names = "--dry-run")
  boolean dryRun;

  @Override
  protected void run() throws Exception {
    CommunityDocument document = DocumentFiles.read(file);
    String name = file.toString();
    new Importer(cli().scratch(), name, cli().locale()).run(document);
    if (dryRun) {
      out().note(cli().message("import.checked"));
      return;
    }
    // Remaining window: the dry run proves the file against every rule, but the real store is written by one use
    // case after another; if the store itself fails midway (disk full, connection lost), the entries written so far
    // stay. Every entry is new (fresh ids), so no existing data is changed or conflicted with.
    Importer.Summary summary = new Importer(app(), name, cli().locale()).run(document);
    out().id(summary.communityId());
    out().note(
        cli().message(
            "import.done", summary.communityId(), summary.organizations(), summary.educators(), summary.members(),
            summary.programs(), summary.events()));
  }
}
