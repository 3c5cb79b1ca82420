package vn.qrqg.feedback;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The part {@code photo} is no JPEG or PNG image the platform can read, whatever its name says. */
public final class PhotoNotAcceptedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public PhotoNotAcceptedException(String why) {
        super(ProblemType.PHOTO_NOT_ACCEPTED, "The photo must be a JPEG or PNG image: " + why
                + ". Take a photo or a screenshot and send that.", "the photo is not a JPEG or PNG image");
        property("field", "photo");
    }
}
