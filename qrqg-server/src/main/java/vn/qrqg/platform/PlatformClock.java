package vn.qrqg.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's one {@link Clock} bean, for every capability whose answers depend on the time
 * (the COVID card's colour): injected rather than read from the system, so that tests can put
 * it at an exact instant. What is stored, and when it is partitioned and dropped (check-ins,
 * declarations, the audit, retention), stays on the wall clock ({@code Clock.systemUTC()}) on
 * purpose: a test that stops this clock in 2022 must still write into today's partitions.
 */
@Configuration(proxyBeanMethods = false)
class PlatformClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
