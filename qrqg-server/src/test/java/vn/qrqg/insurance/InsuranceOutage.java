package vn.qrqg.insurance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The platform's social-insurance database in integration tests: the real one, until a test
 * takes it down ({@link #down}) to see what the platform does without it, and brings it back
 * ({@link #up}) when it ends. Every integration test shares it (one context), as {@code TestClock}.
 */
public final class InsuranceOutage implements InsuranceRegistry {
    private final InsuranceRegistry real;
    private final AtomicBoolean down = new AtomicBoolean();

    private InsuranceOutage(InsuranceRegistry real) {
        this.real = real;
    }

    /** Replaces the platform's {@link InsuranceRegistry} in every integration test's context, wrapping the real one. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        InsuranceOutage insuranceOutage(@Qualifier("insuranceRegistry") InsuranceRegistry real) {
            return new InsuranceOutage(real);
        }
    }

    public void down() {
        down.set(true);
    }

    public void up() {
        down.set(false);
    }

    @Override
    public Optional<InsuranceCard> findByNumber(String cardNumber) {
        check();
        return real.findByNumber(cardNumber);
    }

    @Override
    public Optional<InsuranceCard> validCardOf(String documentNumber, LocalDate day) {
        check();
        return real.validCardOf(documentNumber, day);
    }

    @Override
    public Map<String, InsuranceCard> findByNumbers(Collection<String> cardNumbers) {
        check();
        return real.findByNumbers(cardNumbers);
    }

    private void check() {
        if (down.get()) {
            throw new InsuranceUnavailableException("social insurance is down (a test took it down)");
        }
    }
}
