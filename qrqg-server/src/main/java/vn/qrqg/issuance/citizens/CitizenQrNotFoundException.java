package vn.qrqg.issuance.citizens;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** An operator named a QID that nobody holds, or whose holder has no QR yet: nothing to revoke. */
public final class CitizenQrNotFoundException extends ProblemException {

    public CitizenQrNotFoundException() {
        super(ProblemType.CITIZEN_QR_NOT_FOUND, "Nobody holds this QID, or they hold no QR yet: there is no QR to revoke.",
                "no QR to revoke");
    }
}
