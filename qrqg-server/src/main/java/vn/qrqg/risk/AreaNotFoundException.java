package vn.qrqg.risk;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A code names no province nor commune of the current (2025) structure. */
public final class AreaNotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public AreaNotFoundException() {
        super(ProblemType.AREA_NOT_FOUND, "No province (two digits, e.g. 01) or commune (five digits, e.g. 00004) "
                + "of the current (2025) structure has this code.", "no province or commune has this code");
    }
}
