package vn.qrqg.holders;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/**
 * A holder token that does not work for the calling app: unknown, malformed, revoked, or held by
 * another app. One exception and one answer for all of them, so that a refusal tells a caller
 * nothing about a token it should not have, nor about the person behind it.
 */
public final class InvalidHolderTokenException extends ProblemException {

    public InvalidHolderTokenException() {
        super(ProblemType.INVALID_HOLDER_TOKEN, "The holder token is unknown, revoked or held by another app. Issue the "
                + "person's QR again (POST /api/v1/citizens/qr) to get a new one.",
                "the holder token is unknown, revoked or not the calling app's");
    }
}
