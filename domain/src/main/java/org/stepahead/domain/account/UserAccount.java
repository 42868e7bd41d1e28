package org.stepahead.domain.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.shared.Aggregate;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Texts;

/**
 * Aggregate: a user account of the service — a username (unique regardless of letter case), the hash of its
 * password (opaque here: hashing is the adapter's job), whether it administers the service, the educator it
 * belongs to (whose memberships give its roles in communities), whether it may sign in, and its API tokens.
 */
public final class UserAccount extends Aggregate<UserAccount, AccountId> {

    /** At most this many tokens may be active at once, so that a leaked script cannot mint them without end. */
    public static final int MAX_ACTIVE_TOKENS = 20;

    static final int USERNAME_MAX = 64;
    static final int HASH_MAX = 200;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{3," + USERNAME_MAX + "}");

    private final AccountId id;
    private final String username;
    private String passwordHash;
    private boolean administrator;
    private EducatorId educatorId;
    private boolean enabled;
    private final List<ApiToken> tokens;

    private UserAccount(Snapshot s) {
        super(s.version());
        this.id = Texts.present(s.id(), "accountId");
        this.username = validUsername(s.username());
        this.passwordHash = validHash(s.passwordHash());
        this.administrator = s.administrator();
        this.educatorId = s.educatorId();
        this.enabled = s.enabled();
        this.tokens = new ArrayList<>(s.tokens() == null ? List.of() : s.tokens());
    }

    /** Opens a new, enabled account without tokens. */
    public static UserAccount create(
            AccountId id, String username, String passwordHash, boolean administrator, EducatorId educatorId) {
        UserAccount account = new UserAccount(
                new Snapshot(id, 0, username, passwordHash, administrator, educatorId, true, List.of()));
        account.record(new AccountCreated(id, account.username, administrator));
        return account;
    }

    /** Rebuilds a stored account. */
    public static UserAccount restore(Snapshot snapshot) {
        return new UserAccount(snapshot);
    }

    /**
     * The account's full state, the named rehydration path for stores: they keep it and hand it back to {@code
     * restore}.
     */
    public Snapshot snapshot() {
        return new Snapshot(
                id, version(), username, passwordHash, administrator, educatorId, enabled, List.copyOf(tokens));
    }

    /**
     * The form of a username under which accounts are unique and found: trimmed and in lower case, so that
     * "Ivanova" and "ivanova" are the same account.
     */
    public static String usernameKey(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String validUsername(String username) {
        String name = Texts.required(username, "username");
        if (!USERNAME.matcher(name).matches()) {
            throw new DomainRuleViolation("account.username.invalid", name, USERNAME_MAX);
        }
        return name;
    }

    private static String validHash(String hash) {
        String value = Texts.required(hash, "passwordHash");
        if (value.length() > HASH_MAX) {
            throw new DomainRuleViolation("account.passwordHash.tooLong", HASH_MAX);
        }
        return value;
    }

    /**
     * Replaces the password hash (hashing is the adapter's job); a blank hash is refused as DomainRuleViolation {@code
     * required}, one over 200 characters as {@code account.passwordHash.tooLong}.
     */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = validHash(newPasswordHash);
    }

    /** Stops the account from signing in, by password or by any of its tokens. */
    public void disable() {
        this.enabled = false;
    }

    /** Lets the account sign in again, by password and by its active tokens. */
    public void enable() {
        this.enabled = true;
    }

    /**
     * Links the account to the educator it belongs to, whose memberships give its roles in communities; null unlinks
     * it.
     */
    public void linkEducator(EducatorId educator) {
        this.educatorId = educator;
    }

    /**
     * Issues a token known by the hash of its value. A disabled account gets none, and no account holds more than
     * {@link #MAX_ACTIVE_TOKENS} active ones.
     */
    public ApiToken issueToken(ApiTokenId tokenId, String name, String hash, Instant issuedAt, Instant expiresAt) {
        if (!enabled) {
            throw new DomainRuleViolation("account.disabled", username);
        }
        if (tokens.stream().filter(t -> t.isActiveAt(issuedAt)).count() >= MAX_ACTIVE_TOKENS) {
            throw new DomainRuleViolation("account.token.tooMany", MAX_ACTIVE_TOKENS);
        }
        ApiToken token = new ApiToken(tokenId, name, hash, issuedAt, expiresAt, null);
        if (tokens.stream().anyMatch(t -> t.id().equals(tokenId) || t.hash().equals(token.hash()))) {
            throw new DomainRuleViolation("duplicateId", tokenId);
        }
        tokens.add(token);
        return token;
    }

    /** Revokes one of the account's tokens; a token revoked once stays revoked. */
    public void revokeToken(ApiTokenId tokenId, Instant moment) {
        Texts.present(moment, "revokedAt");
        for (int i = 0; i < tokens.size(); i++) {
            ApiToken token = tokens.get(i);
            if (token.id().equals(tokenId)) {
                if (token.revokedAt() != null) {
                    throw new DomainRuleViolation("account.token.alreadyRevoked", tokenId);
                }
                tokens.set(i, token.revokedAt(moment));
                return;
            }
        }
        throw new NotFound("token", tokenId);
    }

    /** Whether a request carrying a token of this hash is this account's, at the given moment. */
    public boolean acceptsToken(String hash, Instant moment) {
        return enabled && tokens.stream().anyMatch(t -> t.hash().equals(hash) && t.isActiveAt(moment));
    }

    @Override
    public AccountId getId() {
        return id;
    }

    /** The name the account signs in with, trimmed; accounts are unique by its {@link #usernameKey(String)}. */
    public String username() {
        return username;
    }

    /** The hash of the account's password, opaque here: the adapter makes and checks it. */
    public String passwordHash() {
        return passwordHash;
    }

    /** Whether the account administers the service. */
    public boolean administrator() {
        return administrator;
    }

    /** The educator this account belongs to, or null (an administrator need not be one). */
    public EducatorId educatorId() {
        return educatorId;
    }

    /** Whether the account may sign in (by password or token); false once disabled. */
    public boolean enabled() {
        return enabled;
    }

    /** Every API token of the account, active, expired and revoked, in the order issued (a copy). */
    public List<ApiToken> tokens() {
        return List.copyOf(tokens);
    }

    /** The full state, for storing and rebuilding. */
    public record Snapshot(
            AccountId id,
            long version,
            String username,
            String passwordHash,
            boolean administrator,
            EducatorId educatorId,
            boolean enabled,
            List<ApiToken> tokens) {}
}
