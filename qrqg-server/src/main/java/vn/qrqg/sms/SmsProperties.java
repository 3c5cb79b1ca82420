package vn.qrqg.sms;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMS settings ({@code qrqg.sms}, docs/sms.md).
 *
 * @param gateway which adapter sends: the reference outbox in the platform's own table, or an
 *        SMS gateway over HTTP
 * @param outboxRetention how long the reference outbox keeps a message (it holds phone numbers
 *        and one-time codes; Regulation 733 allows a month at most)
 * @param http the SMS gateway, when {@code gateway} is {@code http}
 */
@ConfigurationProperties("qrqg.sms")
public record SmsProperties(@DefaultValue("reference") Gateway gateway, @DefaultValue("7d") Duration outboxRetention,
        @DefaultValue Http http) {

    public enum Gateway { REFERENCE, HTTP }

    /**
     * @param baseUrl e.g. {@code https://sms.example.vn/v1}; messages go to {@code {baseUrl}/messages}
     * @param token the gateway's API credential, sent as {@code Authorization: Bearer}; no default
     * @param sender the sender name the gateway shows, when it lets the platform choose
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for the whole answer
     */
    public record Http(URI baseUrl, String token, @DefaultValue("QRQG") String sender,
            @DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration requestTimeout) {

        @Override
        public String toString() {
            return "Http[baseUrl=" + baseUrl + ", token=" + (token == null || token.isBlank() ? "(unset)" : "(set)")
                    + ", sender=" + sender + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + "]";
        }
    }

    public SmsProperties {
        if (outboxRetention == null || outboxRetention.isNegative() || outboxRetention.isZero()
                || outboxRetention.compareTo(Duration.ofDays(31)) > 0) {
            throw new IllegalArgumentException("qrqg.sms.outbox-retention must be more than 0 and at most 31 days, not "
                    + outboxRetention);
        }
        if (gateway == Gateway.HTTP) {
            if (http == null || http.baseUrl() == null || !http.baseUrl().isAbsolute()
                    || !http.baseUrl().getScheme().matches("https?")) {
                throw new IllegalArgumentException(
                        "qrqg.sms.gateway is http but qrqg.sms.http.base-url is not an http(s) URL (QRQG_SMS_URL)");
            }
            if (http.token() == null || http.token().isBlank()) {
                throw new IllegalArgumentException(
                        "qrqg.sms.gateway is http but qrqg.sms.http.token is not set (QRQG_SMS_TOKEN)");
            }
        }
    }
}
