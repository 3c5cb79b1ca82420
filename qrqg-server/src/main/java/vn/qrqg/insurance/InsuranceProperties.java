package vn.qrqg.insurance;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Insurance settings ({@code qrqg.insurance}, docs/insurance.md).
 *
 * @param registry which adapter answers {@link InsuranceRegistry}: the reference one in the
 *        platform's own table, or an external social-insurance service over HTTP
 * @param http the external service, when {@code registry} is {@code http}
 */
@ConfigurationProperties("qrqg.insurance")
public record InsuranceProperties(@DefaultValue("reference") Registry registry, @DefaultValue Http http) {

    public enum Registry { REFERENCE, HTTP }

    /**
     * @param baseUrl e.g. {@code https://bhyt.example.vn/v1}; cards are at {@code {baseUrl}/cards/{cardNumber}}
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for the whole answer
     */
    public record Http(URI baseUrl, @DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration requestTimeout) {
    }

    public InsuranceProperties {
        if (registry == Registry.HTTP && (http == null || http.baseUrl() == null || !http.baseUrl().isAbsolute()
                || !http.baseUrl().getScheme().matches("https?"))) {
            throw new IllegalArgumentException(
                    "qrqg.insurance.registry is http but qrqg.insurance.http.base-url is not an http(s) URL (QRQG_INSURANCE_URL)");
        }
    }
}
