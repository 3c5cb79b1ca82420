package vn.qrqg.sms;

/** The message could not be handed over for delivery. Messages never carry a phone number or the text. */
public class SmsUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SmsUnavailableException(String message) {
        super(message);
    }

    public SmsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
