package vn.qrqg.scanning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Whether a scanned EU DCC is valid now, and if not why.
 *
 * @param failedStep the step that failed, by {@code qrqg-dcc}'s name ({@code expiry}, {@code schema},
 *        {@code keyUsage}), or {@code revocation} when its issuer revoked it; {@code null} when valid
 * @param reason why, in the request's language; {@code null} when valid
 * @param expiresAt when it expires or expired (its {@code exp})
 * @param revokedAt when its issuer revoked it, or {@code null}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DccValidity(boolean valid, String failedStep, String reason, Instant expiresAt, Instant revokedAt) {
}
