package vn.qrqg.passports;

import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.platform.web.ProblemException;

/**
 * No passport request with this id is the caller's: unknown, another person's, another site's, or
 * not at the caller's step. The same answer for all, so that it says nothing about others.
 */
public final class PassportNotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public PassportNotFoundException() {
        super(ProblemType.PASSPORT_NOT_FOUND, "No passport request with this id is yours to see.",
                "no such passport request");
    }
}
