package vn.qrqg.issuance.citizens;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A person's current QR: the answer of {@code POST /api/v1/citizens/qr} and of
 * {@code GET /api/v1/citizens/me}.
 *
 * @param holderToken the new holder token for the calling app, only in an issuance's answer
 *        (left out of the JSON otherwise); shown this once, the platform keeps only its hash
 * @param images where the holder's app gets this QR as an image
 */
public record IssuedCitizenQr(String qid, Forms qr, String kid, Instant issuedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String holderToken, Images images) {

    /** The two display forms of the same QR, each signed separately (FORMATS.md §1). */
    public record Forms(String masked, String full) {
    }

    /**
     * Paths relative to the platform's base URL, for the holder only (access token and
     * {@code X-Holder-Token}); {@code ?form=masked|full} (default masked) and
     * {@code ?medium=screen|print} (default screen) choose the image.
     */
    public record Images(String png, String svg) {

        static Images of(String qid) {
            return new Images(OwnQrController.IMAGES + qid + ".png", OwnQrController.IMAGES + qid + ".svg");
        }
    }

    /** This answer with the holder token of an issuance. */
    public IssuedCitizenQr withHolderToken(String token) {
        return new IssuedCitizenQr(qid, qr, kid, issuedAt, token, images);
    }
}
