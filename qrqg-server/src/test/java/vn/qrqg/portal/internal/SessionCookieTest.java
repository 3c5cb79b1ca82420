package vn.qrqg.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.server.autoconfigure.ServerProperties.ForwardHeadersStrategy;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;

class SessionCookieTest {

    @Test
    void theCookieIsSecureWhenTheRequestCameOverHttps() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSecure(true);
        assertThat(SignInController.cookie("v", Duration.ofHours(1), request).toString())
                .contains("Secure", "HttpOnly", "SameSite=Strict");
    }

    @Test
    void theCookieIsNotSecureOverPlainHttp() {
        assertThat(SignInController.cookie("v", Duration.ofHours(1), new MockHttpServletRequest()).toString())
                .doesNotContain("Secure");
    }

    @Test
    void proxyHeadersAreTrustedOnlyWhenConfigured() throws Exception {
        assertThat(strategy(Map.of())).isEqualTo(ForwardHeadersStrategy.NONE);
        assertThat(strategy(Map.of("QRQG_TRUST_PROXY_HEADERS", "native"))).isEqualTo(ForwardHeadersStrategy.NATIVE);
    }

    private static ForwardHeadersStrategy strategy(Map<String, Object> variables) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return Binder.get(environment).bind("server.forward-headers-strategy", ForwardHeadersStrategy.class).get();
    }
}
