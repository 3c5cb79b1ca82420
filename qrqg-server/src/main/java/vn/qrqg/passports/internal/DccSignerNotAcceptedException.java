package vn.qrqg.passports.internal;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A signer file that cannot be imported; {@code reason} says why, for the operator. */
class DccSignerNotAcceptedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    DccSignerNotAcceptedException(String reason, Throwable cause) {
        super(ProblemType.DCC_SIGNER_NOT_ACCEPTED, "The file cannot be imported as a document signer: " + reason + ".",
                "a DCC signer import was refused: " + reason, cause);
        property("reason", reason);
    }
}
