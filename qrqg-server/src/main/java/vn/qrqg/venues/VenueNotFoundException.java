package vn.qrqg.venues;

import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** No venue has this (well-formed) code. */
public class VenueNotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final transient VenueCode code;

    public VenueNotFoundException(VenueCode code) {
        this(code, "There is no venue " + code.value() + ".");
    }

    private VenueNotFoundException(VenueCode code, String detail) {
        super(ProblemType.VENUE_NOT_FOUND, detail, "there is no venue " + code.value());
        this.code = code;
        property("venueCode", code.value());
    }

    public VenueCode code() {
        return code;
    }

    /** For a check-in refused because of it: the caller learns that nothing was recorded. */
    public static VenueNotFoundException nothingRecorded(VenueCode code) {
        return new VenueNotFoundException(code, "There is no venue " + code.value() + "; nothing was recorded.");
    }
}
