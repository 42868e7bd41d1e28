package org.stepahead.application.service.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.ImportCommunityCommand;
import org.stepahead.application.port.in.transfer.ImportCommunityUseCase;
import org.stepahead.application.port.in.transfer.ImportRefusedException;
import org.stepahead.application.port.in.transfer.ImportRefusedException.Problem;
import org.stepahead.application.port.in.transfer.ImportReport;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ImportedDocument;
import org.stepahead.application.port.out.ImportedDocumentRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.CommunityId;

/**
 * Service: imports a community document in one unit of work. The entries go through the incoming ports (so through
 * every rule of the model); those use cases join this one's unit of work, so a refusal or a storage failure at any
 * entry keeps nothing, and the domain events are published only once everything has committed. A dry run does the
 * same work and then rolls it back.
 *
 * <p>A document is entered once per storage: its key (its own {@code key}, else the digest of its content) is
 * recorded with the community it became, and a document whose key is recorded — or an export of a community of this
 * storage, keyed {@code community:<id>} — is reported as already imported and changes nothing.
 */
public record ImportCommunityService(
        UseCaseRunner runner,
        ImportUseCases useCases,
        ImportedDocumentRepository imported,
        CommunityRepository communities,
        ClockPort clock)
        implements ImportCommunityUseCase {

    /** The key prefix of an export of a community that was not imported: {@code community:<uuid>}. */
    static final String COMMUNITY_KEY = "community:";

    @Override
    public ImportReport importCommunity(ImportCommunityCommand command) {
        CommunityDocument document = command.document();
        String digest = digest(document);
        String key = document.key() == null ? digest : document.key();
        if (key.isBlank() || key.length() > ImportedDocument.MAX_KEY_LENGTH) {
            throw new ImportRefusedException("key", Problem.BAD_VALUE, key);
        }
        try {
            return runner.execute(command, changes -> {
                Optional<CommunityId> earlier =
                        imported.findByKey(key).map(ImportedDocument::community).or(() -> exported(key));
                if (earlier.isPresent()) {
                    return ImportReport.alreadyImported(command.dryRun(), key, earlier.get());
                }
                ImportReport report = new CommunityImport(useCases).run(document, key, command.dryRun());
                imported.add(new ImportedDocument(key, digest, report.communityId(), clock.now()));
                if (command.dryRun()) {
                    throw new DryRunDone(report);
                }
                return report;
            });
        } catch (DryRunDone done) {
            return done.report;
        }
    }

    /** The community of this storage an export keyed {@code community:<id>} was written from, if it is here. */
    private Optional<CommunityId> exported(String key) {
        if (!key.startsWith(COMMUNITY_KEY)) {
            return Optional.empty();
        }
        try {
            CommunityId id = new CommunityId(UUID.fromString(key.substring(COMMUNITY_KEY.length())));
            return communities.findById(id).map(c -> id);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * The SHA-256 of the document's content without its key, as {@code sha256:<hex>}: the same content (in YAML or in
     * JSON, however laid out) gives the same digest.
     */
    static String digest(CommunityDocument document) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(document.withKey(null).toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Ends a dry run by rolling its unit of work back, carrying the report out. */
    private static final class DryRunDone extends RuntimeException {
        private final transient ImportReport report;

        DryRunDone(ImportReport report) {
            super("dry run", null, false, false);
            this.report = report;
        }
    }
}
