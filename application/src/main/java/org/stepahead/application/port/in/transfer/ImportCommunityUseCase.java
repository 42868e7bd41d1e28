package org.stepahead.application.port.in.transfer;

/**
 * Use case: enter a whole community from a {@link CommunityDocument}, all or nothing, in one unit of work. Every
 * entry goes through the same rules as when typed in by hand.
 */
public interface ImportCommunityUseCase {

    /**
     * Imports the document (or only checks it, for a dry run, and keeps nothing).
     *
     * @throws ImportRefusedException naming the path inside the document and the problem; nothing is kept
     */
    ImportReport importCommunity(ImportCommunityCommand command);
}
