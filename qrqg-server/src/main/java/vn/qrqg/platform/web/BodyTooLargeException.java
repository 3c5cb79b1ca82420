package vn.qrqg.platform.web;

import java.io.IOException;

/** A request body longer than {@link WebProperties} allows; an IOException because it ends a read. */
final class BodyTooLargeException extends IOException {
    private final long limit;

    BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
