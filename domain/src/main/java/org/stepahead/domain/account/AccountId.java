package org.stepahead.domain.account;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Ids;
import org.stepahead.domain.shared.Texts;

/** Identifier of a {@link UserAccount}. */
public record AccountId(UUID value) implements Identifier {

    public AccountId {
        Texts.present(value, "accountId");
    }

    /** A new, random identifier for a user account being created. */
    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    /**
     * Reads the identifier from its text form (a UUID); blank text is refused as DomainRuleViolation {@code required},
     * malformed text as {@code id.malformed}.
     */
    public static AccountId of(String text) {
        return new AccountId(Ids.parse(text, "accountId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
