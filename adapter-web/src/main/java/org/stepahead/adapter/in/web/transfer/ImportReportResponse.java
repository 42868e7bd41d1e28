package org.stepahead.adapter.in.web.transfer;

import java.util.List;
import java.util.UUID;

/**
 * Response: what an import created (ids and counts), or would have created in a dry run, and its warnings; for a
 * document imported before, the community it became then, nothing created.
 */
record ImportReportResponse(
        boolean dryRun,
        String documentKey,
        boolean alreadyImported,
        UUID communityId,
        int organizations,
        int educators,
        int members,
        int programs,
        int events,
        List<UUID> programIds,
        List<WarningResponse> warnings) {

    /** A warning at a path inside the document, in the caller's language. */
    record WarningResponse(String path, String code, String message) {}
}
