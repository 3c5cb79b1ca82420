package vn.qrqg.sms;

/**
 * Sends a text message to a mobile phone. Implementations: the reference outbox (the table
 * {@code sms_outbox}) or an SMS gateway over HTTP ({@code qrqg.sms.gateway}).
 */
public interface SmsGateway {

    /**
     * Returns once the message is accepted for delivery (not necessarily delivered).
     *
     * @param text plain text; short (one SMS is 160 GSM characters), no personal data beyond what the recipient must read
     * @throws SmsUnavailableException when it cannot be accepted now; its message holds no phone number
     */
    void send(PhoneNumber to, String text);
}
