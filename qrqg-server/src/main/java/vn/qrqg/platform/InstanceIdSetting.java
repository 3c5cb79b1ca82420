package vn.qrqg.platform;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settles {@code qrqg.instance-id} before logging starts, so that the log pattern
 * ({@code logging.pattern.level}) and the metrics' common tag ({@code management.metrics.tags})
 * can name it as a plain property: the configured one, checked, or {@link InstanceId#byDefault()},
 * drawn once for the whole run.
 */
public final class InstanceIdSetting implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(InstanceId.PROPERTY);
        if (configured != null && !configured.isBlank()) {
            new InstanceId(configured.strip()); // refuses a malformed id before anything starts
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("qrqgInstanceId",
                Map.of(InstanceId.PROPERTY, InstanceId.byDefault().value())));
    }
}
