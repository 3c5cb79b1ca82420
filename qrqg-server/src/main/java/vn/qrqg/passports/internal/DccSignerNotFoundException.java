package vn.qrqg.passports.internal;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** No DCC signer has this key id. */
class DccSignerNotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    DccSignerNotFoundException(String kid) {
        super(ProblemType.DCC_SIGNER_NOT_FOUND, "No country signing CA or document signer has the key id \"" + kid + "\".",
                "no DCC signer has kid " + kid);
        property("kid", kid);
    }
}
