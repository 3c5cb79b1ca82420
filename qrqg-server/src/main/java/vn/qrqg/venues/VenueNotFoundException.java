package vn.qrqg.venues;

import vn.qrqg.codec.venue.VenueCode;

/** No venue has this (well-formed) code. */
public class VenueNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient VenueCode code;

    public VenueNotFoundException(VenueCode code) {
        super("there is no venue " + code.value());
        this.code = code;
    }

    public VenueCode code() {
        return code;
    }
}
