package vn.qrqg.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdentityPropertiesTest {
    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    @Test
    void anExternalRegistryNeedsAnHttpBaseUrl() {
        assertThatThrownBy(() -> new IdentityProperties(IdentityProperties.Registry.HTTP, 0,
                new IdentityProperties.Http(null, TWO_SECONDS, TWO_SECONDS)))
                .hasMessageContaining("qrqg.identity.http.base-url");
        assertThatThrownBy(() -> new IdentityProperties(IdentityProperties.Registry.HTTP, 0,
                new IdentityProperties.Http(URI.create(""), TWO_SECONDS, TWO_SECONDS)))
                .hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> new IdentityProperties(IdentityProperties.Registry.HTTP, 0,
                new IdentityProperties.Http(URI.create("ftp://registry.example.vn"), TWO_SECONDS, TWO_SECONDS)))
                .hasMessageContaining("not an http(s) URL");
        assertThat(new IdentityProperties(IdentityProperties.Registry.HTTP, 0,
                new IdentityProperties.Http(URI.create("https://registry.example.vn/v1"), TWO_SECONDS, TWO_SECONDS)).registry())
                .isEqualTo(IdentityProperties.Registry.HTTP);
    }

    @Test
    void theReferenceRegistryNeedsNoUrlButANonNegativeSeedSize() {
        assertThat(new IdentityProperties(IdentityProperties.Registry.REFERENCE, 0,
                new IdentityProperties.Http(URI.create(""), TWO_SECONDS, TWO_SECONDS)).seedSize()).isZero();
        assertThatThrownBy(() -> new IdentityProperties(IdentityProperties.Registry.REFERENCE, -1, null))
                .hasMessageContaining("seed-size");
    }
}
