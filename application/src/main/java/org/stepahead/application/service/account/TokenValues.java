package org.stepahead.application.service.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API token values: 32 random bytes from a {@link SecureRandom}, written in URL-safe Base64 after the prefix
 * {@code sa_} (so that a leaked one is recognisable in logs and scanners), and their SHA-256 hash — the only thing
 * stored. A token is a random secret of 256 bits, so a plain fast hash suffices (no salt or slow hash needed).
 */
final class TokenValues {

    static final String PREFIX = "sa_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenValues() {}

    static String newValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
