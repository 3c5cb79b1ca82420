package vn.qrqg.checkins;

import vn.qrqg.scanning.ScanAnswer;

/**
 * The scanned text identifies nobody a check-in can be recorded for: a personal QR that is not
 * {@code VALID} or {@code SUPERSEDED}, a CCCD card of nobody in the registry, a venue's QR,
 * anything else. Nothing was recorded. Carries the scan's answer (outcome, and for a malformed
 * text its field and reason), never the text.
 */
public class QrNotAcceptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ScanAnswer answer;

    public QrNotAcceptedException(ScanAnswer answer) {
        super("the scan identified nobody: " + answer.outcome());
        this.answer = answer;
    }

    public ScanAnswer answer() {
        return answer;
    }
}
