package vn.qrqg.codec.image;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Where a QR will be scanned from, which decides how much of it may be damaged and still
 * read. Higher levels cost modules: the same text needs a larger symbol.
 */
public enum QrMedium {
    /**
     * A phone or kiosk screen: the image is exact, but glare, reflections and cracked glass
     * hide parts of it; M (about 15% recoverable) covers that and keeps the symbol small
     * enough to read off a small screen.
     */
    SCREEN(ErrorCorrectionLevel.M),
    /**
     * Paper: folds, dirt, wear and cheap printers' smudges; Q (about 25% recoverable). A
     * ~230-character personal QR is then a version 12–13 symbol (65–69 modules, 73–77 with
     * the quiet zone), so a 5 × 5 cm print still has modules of about 0.65 mm, well within
     * what phone cameras resolve at arm's length.
     */
    PRINT(ErrorCorrectionLevel.Q);

    private final ErrorCorrectionLevel errorCorrection;

    QrMedium(ErrorCorrectionLevel errorCorrection) {
        this.errorCorrection = errorCorrection;
    }

    public ErrorCorrectionLevel errorCorrection() {
        return errorCorrection;
    }
}
