package vn.qrqg.platform.idempotency;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.time.Clock;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * Wires {@code Idempotency-Key}: the store, the filter (after the body limit), the interceptor, the
 * housekeeping, and the header in the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration implements WebMvcConfigurer {
    private final IdempotencyKeys keys;
    private final KeySealer sealer;

    IdempotencyConfiguration(JdbcClient jdbc, KeySealer sealer, IdempotencyProperties properties) {
        this.keys = new IdempotencyKeys(jdbc, sealer, properties);
        this.sealer = sealer;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter() {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20); // inside RequestBodyLimit, so the kept body is capped
        return registration;
    }

    @Bean
    IdempotencyHousekeeping idempotencyHousekeeping() {
        return new IdempotencyHousekeeping(keys);
    }

    /** The header in the OpenAPI document, on every {@link Idempotent} operation. */
    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(Idempotent.class)) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                        .schema(new StringSchema().maxLength(255))
                        .description("A new random value (a UUID) for each new request, the same when sending it "
                                + "again: a repeat stores nothing more and gets the first answer (docs/api.md, "
                                + "\"Retries and double taps\")."));
            }
            return operation;
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // what is stored stays on the wall clock, as PlatformClock says
        registry.addInterceptor(new IdempotencyInterceptor(keys, sealer.derive("idempotency-caller"),
                Clock.systemUTC()));
    }
}
