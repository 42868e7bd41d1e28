package org.stepahead.domain.account;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Texts;

/** Identifier of an {@link ApiToken} within its account. */
public record ApiTokenId(UUID value) implements Identifier {

    public ApiTokenId {
        Texts.present(value, "tokenId");
    }

    /** A new, random identifier for a API token being created. */
    public static ApiTokenId random() {
        return new ApiTokenId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
