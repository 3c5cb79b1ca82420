package vn.qrqg.sms;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The message could not be handed over for delivery. Messages never carry a phone number or the text. */
public class SmsUnavailableException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public SmsUnavailableException(String message) {
        super(ProblemType.SMS_UNAVAILABLE, "The text message could not be sent now; try again later.", message);
    }

    public SmsUnavailableException(String message, Throwable cause) {
        super(ProblemType.SMS_UNAVAILABLE, "The text message could not be sent now; try again later.", message, cause);
    }

    @Override
    public boolean worthAWarning() {
        return true;
    }
}
