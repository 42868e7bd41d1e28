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

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    public static AccountId of(String text) {
        return new AccountId(Ids.parse(text, "accountId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
