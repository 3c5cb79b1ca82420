package vn.qrqg.venues;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The venue holds as many scanner credentials as it may; remove one first. */
public class TooManyStaffException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final int max;

    public TooManyStaffException(int max) {
        super(ProblemType.TOO_MANY_STAFF, "A venue holds at most " + max + " staff scanners; remove one first.",
                "a venue holds at most " + max + " staff scanners");
        this.max = max;
        property("max", max);
    }

    public int max() {
        return max;
    }
}
