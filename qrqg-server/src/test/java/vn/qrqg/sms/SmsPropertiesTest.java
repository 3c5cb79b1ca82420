package vn.qrqg.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmsPropertiesTest {
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void theReferenceOutboxNeedsNoGateway() {
        assertThat(new SmsProperties(SmsProperties.Gateway.REFERENCE, WEEK, http(null, null)).gateway())
                .isEqualTo(SmsProperties.Gateway.REFERENCE);
    }

    @Test
    void theHttpGatewayNeedsAnHttpUrlAndAToken() {
        assertThatThrownBy(() -> new SmsProperties(SmsProperties.Gateway.HTTP, WEEK, http(null, "t")))
                .hasMessageContaining("QRQG_SMS_URL");
        assertThatThrownBy(() -> new SmsProperties(SmsProperties.Gateway.HTTP, WEEK, http("ftp://sms.example.vn", "t")))
                .hasMessageContaining("QRQG_SMS_URL");
        assertThatThrownBy(() -> new SmsProperties(SmsProperties.Gateway.HTTP, WEEK, http("https://sms.example.vn", " ")))
                .hasMessageContaining("QRQG_SMS_TOKEN");
        assertThat(new SmsProperties(SmsProperties.Gateway.HTTP, WEEK, http("https://sms.example.vn", "t")).http().token())
                .isEqualTo("t");
    }

    @Test
    void theOutboxKeepsMessagesAMonthAtMost() {
        assertThatThrownBy(() -> new SmsProperties(SmsProperties.Gateway.REFERENCE, Duration.ofDays(32), http(null, null)))
                .hasMessageContaining("outbox-retention");
    }

    @Test
    void neverPrintsTheToken() {
        assertThat(http("https://sms.example.vn", "s3cret-token").toString()).doesNotContain("s3cret").contains("(set)");
    }

    private static SmsProperties.Http http(String url, String token) {
        return new SmsProperties.Http(url == null ? null : URI.create(url), token, "QRQG", Duration.ofSeconds(1),
                Duration.ofSeconds(1));
    }
}
