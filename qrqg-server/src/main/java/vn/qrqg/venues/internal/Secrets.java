package vn.qrqg.venues.internal;

import java.util.HexFormat;
import vn.qrqg.platform.secrets.SecretTokens;

/**
 * The venues' owner tokens and their hashes (owners' one-time codes are {@link vn.qrqg.sms.OneTimeCodes}).
 * Only hashes are stored. An owner token has 256 random bits: its SHA-256 is enough, and looks
 * it up in one indexed query.
 */
final class Secrets {
    static final String OWNER_TOKEN_PREFIX = "qo_";

    private Secrets() {
    }

    /** {@code qo_} and 32 random bytes in base64url: the prefix tells people and secret scanners what it is. */
    static String newOwnerToken() {
        return OWNER_TOKEN_PREFIX + SecretTokens.generate();
    }

    static String ownerTokenHash(String token) {
        return HexFormat.of().formatHex(SecretTokens.sha256(token));
    }
}
