package vn.qrqg.dcc;

import java.time.Instant;
import java.util.Objects;

/**
 * The CWT claims around the hcert payload: {@code iss} (1, the issuing country, optional),
 * {@code iat} (6) and {@code exp} (4), both required by the hcert specification.
 *
 * @param issuer the issuing country, e.g. {@code VN}; null when the certificate names none
 */
public record CwtClaims(String issuer, Instant issuedAt, Instant expiresAt) {
    public CwtClaims {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
