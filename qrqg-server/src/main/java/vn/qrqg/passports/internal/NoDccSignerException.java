package vn.qrqg.passports.internal;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** No document signer is active and the platform is not to make one: an operator imports it. */
class NoDccSignerException extends ProblemException {
    private static final long serialVersionUID = 1L;

    NoDccSignerException() {
        super(ProblemType.NO_DCC_SIGNER, "No document signer is active; an operator must import one.",
                "no DCC document signer is active and qrqg.passports.signers.generate is false");
    }

    @Override
    public boolean worthAWarning() {
        return true;
    }
}
