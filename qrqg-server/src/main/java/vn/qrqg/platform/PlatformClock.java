package vn.qrqg.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's one {@link Clock} bean, for every capability whose answers depend on the time
 * (the COVID card's colour): injected rather than read from the system, so that tests can put
 * it at an exact instant.
 */
@Configuration(proxyBeanMethods = false)
class PlatformClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
