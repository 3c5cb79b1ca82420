package vn.qrqg.feed.internal;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The calling app has no push endpoint to show, resume or remove. */
final class FeedEndpointNotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    FeedEndpointNotFoundException() {
        super(ProblemType.FEED_ENDPOINT_NOT_FOUND, "The app has registered no push endpoint (PUT /api/v1/feed/endpoint).",
                "no feed endpoint");
    }
}
