package vn.qrqg.tracing;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The calling app reported no case with this id: another app's cases are not its to see or withdraw. */
public final class CaseNotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public CaseNotFoundException() {
        super(ProblemType.CASE_NOT_FOUND, "This app reported no case with this id (or the case is past its "
                + "retention).", "no such case of the calling app");
    }
}
