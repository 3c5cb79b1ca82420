package vn.qrqg.insurance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The social-insurance database, the platform's source of truth for health-insurance cards. Two
 * adapters: the reference one in the platform's own table (seeded, CSV imports), and an external
 * service over HTTP ({@code qrqg.insurance.registry: reference|http}, docs/insurance.md).
 */
public interface InsuranceRegistry {

    /**
     * The card with this number, whoever it insures; empty when there is none.
     *
     * @throws InsuranceUnavailableException when the database cannot answer
     */
    Optional<InsuranceCard> findByNumber(String cardNumber);

    /**
     * The card of the person holding {@code documentNumber} that is valid on {@code day}: the one
     * valid longest when several are; empty when none is.
     *
     * @throws InsuranceUnavailableException when the database cannot answer
     */
    Optional<InsuranceCard> validCardOf(String documentNumber, LocalDate day);

    /**
     * {@link #findByNumber} for many numbers at once, for scan batches: the cards found, by their
     * number. This default asks one at a time.
     *
     * @throws InsuranceUnavailableException when the database cannot answer
     */
    default Map<String, InsuranceCard> findByNumbers(Collection<String> cardNumbers) {
        Map<String, InsuranceCard> found = new LinkedHashMap<>();
        for (String number : cardNumbers) {
            findByNumber(number).ifPresent(card -> found.put(number, card));
        }
        return found;
    }
}
