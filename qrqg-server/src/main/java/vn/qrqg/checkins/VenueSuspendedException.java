package vn.qrqg.checkins;

import vn.qrqg.codec.venue.VenueCode;

/** The venue is suspended by an operator: it takes no check-ins, and none was recorded. */
public class VenueSuspendedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient VenueCode code;

    public VenueSuspendedException(VenueCode code) {
        super("the venue " + code.value() + " is suspended");
        this.code = code;
    }

    public VenueCode code() {
        return code;
    }
}
