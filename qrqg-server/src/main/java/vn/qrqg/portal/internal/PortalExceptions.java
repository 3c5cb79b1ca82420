package vn.qrqg.portal.internal;

/** The portal's own refusals; the capabilities' propagate as their own exceptions. */
final class PortalExceptions {

    private PortalExceptions() {
    }

    /** The QID is not one of this account's people, or nobody's: the same answer either way (404). */
    static class NotYourPersonException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotYourPersonException() {
            super("not one of this account's people");
        }
    }

    /** The account has a SELF already, another person (409). */
    static class SelfDeclaredException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SelfDeclaredException() {
            super("this account has declared another person as SELF");
        }
    }

    /** The portal cannot act for anybody yet: its app is not made (503). The message holds no personal data. */
    static class PortalUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortalUnavailableException(String message) {
            super(message);
        }
    }
}
