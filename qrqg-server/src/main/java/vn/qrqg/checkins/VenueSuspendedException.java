package vn.qrqg.checkins;

import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The venue is suspended by an operator: it takes no check-ins, and none was recorded. */
public class VenueSuspendedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final transient VenueCode code;

    public VenueSuspendedException(VenueCode code) {
        super(ProblemType.VENUE_SUSPENDED, "The venue " + code.value() + " is suspended by the platform's operators and "
                + "takes no check-ins; nothing was recorded.", "the venue " + code.value() + " is suspended");
        this.code = code;
        property("venueCode", code.value());
    }

    public VenueCode code() {
        return code;
    }
}
