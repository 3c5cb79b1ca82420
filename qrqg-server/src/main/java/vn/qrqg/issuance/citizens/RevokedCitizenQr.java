package vn.qrqg.issuance.citizens;

import java.time.Instant;

/**
 * The answer to a revocation: what was revoked, and the person's new QR, signed at once.
 *
 * @param revoked the version revoked, why and when: it scans {@code REVOKED} from now on
 * @param current the new version, which the holder's app shows from now on
 */
public record RevokedCitizenQr(String qid, Revoked revoked, Current current) {

    public record Revoked(int version, String reason, Instant at) {
    }

    /** The new QR as {@link IssuedCitizenQr} gives it, with its version. */
    public record Current(int version, IssuedCitizenQr.Forms qr, String kid, Instant issuedAt,
            IssuedCitizenQr.Images images) {
    }
}
