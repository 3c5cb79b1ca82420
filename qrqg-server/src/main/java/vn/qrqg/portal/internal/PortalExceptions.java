package vn.qrqg.portal.internal;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The portal's own refusals; the capabilities' propagate as their own exceptions. */
final class PortalExceptions {

    private PortalExceptions() {
    }

    /** The QID is not one of this account's people, or nobody's: the same answer either way (404). */
    static class NotYourPersonException extends ProblemException {
        private static final long serialVersionUID = 1L;

        NotYourPersonException() {
            super(ProblemType.NOT_YOUR_PERSON, "This account has declared nobody with this QID. Declare the person "
                    + "first.", "not one of this account's people");
        }
    }

    /** The account has a SELF already, another person (409). */
    static class SelfDeclaredException extends ProblemException {
        private static final long serialVersionUID = 1L;

        SelfDeclaredException() {
            super(ProblemType.SELF_DECLARED, "This account already has another person as SELF; declare this person as "
                    + "a DEPENDANT, or sign in with their own mobile number.",
                    "this account has declared another person as SELF");
        }
    }

    /** The portal cannot act for anybody yet: its app is not made (503). The message holds no personal data. */
    static class PortalUnavailableException extends ProblemException {
        private static final long serialVersionUID = 1L;

        static final String DETAIL = "The portal could not reach the platform just now; try again in a minute.";

        PortalUnavailableException(String message) {
            super(ProblemType.PORTAL_UNAVAILABLE, DETAIL, message);
        }

        @Override
        public boolean worthAWarning() {
            return true;
        }
    }
}
