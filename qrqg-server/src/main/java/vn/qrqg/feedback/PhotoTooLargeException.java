package vn.qrqg.feedback;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The part {@code photo} is larger than a report may carry. */
public final class PhotoTooLargeException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public PhotoTooLargeException(long maxBytes) {
        super(ProblemType.PHOTO_TOO_LARGE, "The photo is larger than " + (maxBytes / (1024 * 1024))
                + " MB; send a smaller one (a phone's 'medium' size, or a screenshot).", "the photo is too large");
        property("field", "photo");
        property("maxBytes", maxBytes);
    }
}
