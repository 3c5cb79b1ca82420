package vn.qrqg.health;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A path names no province of the current (2025) structure. */
public class UnknownProvinceException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public UnknownProvinceException() {
        super(ProblemType.UNKNOWN_PROVINCE, "No province of the current (2025) structure has this code: two digits, "
                + "e.g. 56 for Khánh Hòa.", "no province of the current structure has this code");
    }
}
