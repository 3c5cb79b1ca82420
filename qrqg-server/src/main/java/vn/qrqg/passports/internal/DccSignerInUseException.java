package vn.qrqg.passports.internal;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The active document signer cannot be withdrawn before another signs. */
class DccSignerInUseException extends ProblemException {
    private static final long serialVersionUID = 1L;

    DccSignerInUseException(String kid) {
        super(ProblemType.DCC_SIGNER_IN_USE, "The document signer " + kid
                + " is the active one; rotate or import another before withdrawing it.", "the active DCC signer " + kid
                + " cannot be withdrawn");
        property("kid", kid);
    }
}
