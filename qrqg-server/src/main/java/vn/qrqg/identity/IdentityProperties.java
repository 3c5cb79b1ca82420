package vn.qrqg.identity;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings ({@code qrqg.identity}, docs/registry.md).
 *
 * @param registry which adapter answers {@link PopulationRegistry}: the reference registry in the
 *        platform's own tables, or an external registry service over HTTP
 * @param seedSize how many synthetic people the reference registry gets on its first start
 *        (when its table is empty); 0 seeds nobody
 * @param http the external registry service, when {@code registry} is {@code http}
 */
@ConfigurationProperties("qrqg.identity")
public record IdentityProperties(@DefaultValue("reference") Registry registry, @DefaultValue("100000") int seedSize,
        @DefaultValue Http http) {

    public enum Registry { REFERENCE, HTTP }

    /**
     * @param baseUrl e.g. {@code https://registry.example.vn/v1}; people are at {@code {baseUrl}/people/{documentNumber}}
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for the whole answer
     */
    public record Http(URI baseUrl, @DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration requestTimeout) {
    }

    public IdentityProperties {
        if (seedSize < 0) {
            throw new IllegalArgumentException("qrqg.identity.seed-size must be 0 or more, not " + seedSize);
        }
        if (registry == Registry.HTTP && (http == null || http.baseUrl() == null || !http.baseUrl().isAbsolute()
                || !http.baseUrl().getScheme().matches("https?"))) {
            throw new IllegalArgumentException(
                    "qrqg.identity.registry is http but qrqg.identity.http.base-url is not an http(s) URL (QRQG_REGISTRY_URL)");
        }
    }
}
