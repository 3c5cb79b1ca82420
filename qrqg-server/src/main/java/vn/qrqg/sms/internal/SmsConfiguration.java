package vn.qrqg.sms.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.sms.SmsGateway;
import vn.qrqg.sms.SmsProperties;

/** Picks the SMS adapter ({@code qrqg.sms.gateway}); the reference one's outbox is read by {@link SmsOutboxController}. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(SmsConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "qrqg.sms.gateway", havingValue = "reference", matchIfMissing = true)
    static class Reference {

        @Bean
        OutboxSmsGateway smsGateway(JdbcClient jdbc, SmsProperties sms) {
            LOG.info("SMS go to the reference outbox (GET /api/v1/admin/sms-outbox), not to phones; "
                    + "set qrqg.sms.gateway=http (QRQG_SMS_GATEWAY) to send them");
            return new OutboxSmsGateway(jdbc, sms.outboxRetention());
        }

        @Bean
        OutboxHousekeeping smsOutboxHousekeeping(OutboxSmsGateway smsGateway) {
            return new OutboxHousekeeping(smsGateway);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "qrqg.sms.gateway", havingValue = "http")
    static class Http {

        @Bean
        SmsGateway smsGateway(SmsProperties sms) {
            SmsProperties.Http http = sms.http();
            if ("http".equals(http.baseUrl().getScheme()) && !isLoopback(http.baseUrl().getHost())) {
                LOG.warn("The SMS gateway is reached over plain http: its token and the codes cross the network "
                        + "unencrypted; use https");
            }
            return new HttpSmsGateway(http.baseUrl(), http.token(), http.sender(), http.connectTimeout(),
                    http.requestTimeout());
        }

        private static boolean isLoopback(String host) {
            return "localhost".equals(host) || "::1".equals(host) || "[::1]".equals(host)
                    || (host != null && host.startsWith("127."));
        }
    }
}
