package vn.qrqg.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The platform's clock in integration tests: the system's, until a test stops it at an instant
 * ({@link #set}) to see what the platform answers then; the test puts it back ({@link #reset})
 * when it ends. Every integration test shares it (one context), so only tests that run one at a
 * time may set it, as failsafe runs them.
 */
public final class TestClock extends Clock {
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    /** Replaces the platform's {@link Clock} bean in every integration test's context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    /** From now on the platform's time is {@code instant}, until {@link #reset} or another {@code set}. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Back to the system's time. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant instant = fixed.get();
        return instant != null ? instant : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same time, in another zone: stopped when this clock is. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }
        };
    }
}
