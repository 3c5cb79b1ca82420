package vn.qrqg.issuance.citizens;

import vn.qrqg.platform.web.OneOf;

/**
 * {@code POST …/qr/revocation}: why the person's current QR is revoked.
 *
 * @param reason a {@link RevocationReason}; the holder's app may not give {@code FRAUD}
 */
public record QrRevocationRequest(@OneOf(RevocationReason.class) String reason) {
}
