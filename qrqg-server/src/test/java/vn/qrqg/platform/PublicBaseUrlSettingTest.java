package vn.qrqg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The public base URL as application.yml and {@code bin/qrqg serve}'s options make it: it follows
 * the port unless configured, and the scanner takes what it makes as the platform's venue URLs.
 */
class PublicBaseUrlSettingTest {

    @Test
    void followsThePortGivenToServe() throws IOException {
        StandardEnvironment environment = environment(Map.of(), "--port", "18080");
        assertThat(environment.getProperty("qrqg.venues.public-base-url")).isEqualTo("http://localhost:18080");
        assertThat(environment.getProperty("qrqg.scanning.venue-base-urls")).isEqualTo("http://localhost:18080");
    }

    @Test
    void followsQrqgPort() throws IOException {
        StandardEnvironment environment = environment(Map.of("QRQG_PORT", "9090"));
        assertThat(environment.getProperty("qrqg.venues.public-base-url")).isEqualTo("http://localhost:9090");
    }

    @Test
    void isTheDefaultPortsWithoutAny() throws IOException {
        assertThat(environment(Map.of()).getProperty("qrqg.venues.public-base-url")).isEqualTo("http://localhost:8080");
    }

    @Test
    void staysAsConfiguredWhateverThePort() throws IOException {
        StandardEnvironment environment = environment(Map.of("QRQG_PUBLIC_BASE_URL", "https://qr.example.vn"),
                "--port", "18080");
        assertThat(environment.getProperty("qrqg.venues.public-base-url")).isEqualTo("https://qr.example.vn");
        assertThat(environment.getProperty("qrqg.scanning.venue-base-urls")).isEqualTo("https://qr.example.vn");
        StandardEnvironment byProperty = environment(Map.of(), "--port", "18080",
                "--qrqg.venues.public-base-url=https://qr.example.vn");
        assertThat(byProperty.getProperty("qrqg.venues.public-base-url")).isEqualTo("https://qr.example.vn");
    }

    /** application.yml under the given environment variables and {@code bin/qrqg serve} arguments. */
    private static StandardEnvironment environment(Map<String, Object> variables, String... serveArguments)
            throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(ServeArguments.toSpring(serveArguments)));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return environment;
    }
}
