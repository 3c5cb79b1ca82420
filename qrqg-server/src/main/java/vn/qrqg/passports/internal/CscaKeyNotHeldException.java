package vn.qrqg.passports.internal;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A rotation the platform cannot make: it holds the country signing CA's certificate, not its key. */
class CscaKeyNotHeldException extends ProblemException {
    private static final long serialVersionUID = 1L;

    CscaKeyNotHeldException() {
        super(ProblemType.DCC_CSCA_KEY_NOT_HELD, "The platform does not hold the country signing CA's private key, "
                + "so it cannot certify a new document signer; import one instead.", "no CSCA key to rotate the DCC signer with");
    }
}
