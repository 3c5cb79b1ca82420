package vn.qrqg.issuance.citizens;

import java.time.Instant;

/** A person's current QR: the answer of {@code POST /api/v1/citizens/qr}. */
public record IssuedCitizenQr(String qid, Forms qr, String kid, Instant issuedAt) {

    /** The two display forms of the same QR, each signed separately (FORMATS.md §1). */
    public record Forms(String masked, String full) {
    }
}
