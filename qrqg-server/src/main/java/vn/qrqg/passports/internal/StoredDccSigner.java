package vn.qrqg.passports.internal;

import java.time.Instant;
import java.util.Base64;

/**
 * A row of {@code dcc_signer}.
 *
 * @param privateKeySealed null when the platform does not hold the key
 */
record StoredDccSigner(byte[] kid, Role role, byte[] certificate, byte[] privateKeySealed, Status status, Origin origin,
        Instant notBefore, Instant notAfter, Instant createdAt, Instant statusChangedAt) {

    enum Role { CSCA, DSC }

    enum Status { ACTIVE, RETIRED, WITHDRAWN }

    enum Origin { GENERATED, IMPORTED }

    /** The key id as the EU trust list writes it: standard base64. */
    String kidBase64() {
        return Base64.getEncoder().encodeToString(kid);
    }

    /** The key id as a path names it: base64url, unpadded. */
    String kidInPath() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(kid);
    }
}
