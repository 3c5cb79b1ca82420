package vn.qrqg.checkins;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/**
 * The caller acts for another venue, or for none: a staff scanner's credential is bound to one
 * venue, and only it, or its owner, may check in there or read its history.
 */
public class NotThisVenueException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public NotThisVenueException(String message) {
        super(ProblemType.NOT_THIS_VENUE, message, message);
    }
}
