package vn.qrqg.insurance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * What the platform makes of health-insurance numbers, against {@link InsuranceRegistry}: a QR
 * carries one only when social insurance says it is the person's and valid today (in Vietnam),
 * and a health officer's scan says whether it is valid today and until when. Thread-safe.
 */
@Service
public class InsuranceChecks {
    /** Declared instead of a number: the person asks for their own card's, from social insurance. */
    public static final String FROM_REGISTRY = "FROM_REGISTRY";
    /** Cards are valid by the calendar of Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern CARD_NUMBER = Pattern.compile("[A-Z]{2}[0-9]{13}");
    private static final Logger LOG = LoggerFactory.getLogger(InsuranceChecks.class);

    /** What social insurance says of a card on the day of a scan. */
    public enum Status {
        VALID, EXPIRED, NOT_YET_VALID,
        /** social insurance knows no card of this number */
        UNKNOWN_CARD,
        /** social insurance could not answer: nothing is known either way */
        UNAVAILABLE
    }

    /**
     * A card's status on the day of a scan.
     *
     * @param validFrom the card's first day; null when {@code status} is UNKNOWN_CARD or UNAVAILABLE
     * @param validTo its last day; likewise
     */
    public record CardStatus(Status status, LocalDate validFrom, LocalDate validTo) {
    }

    private final InsuranceRegistry registry;
    private final Clock clock;

    InsuranceChecks(InsuranceRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * The health-insurance number the QR of the person holding {@code documentNumber} may carry:
     * none when none was declared; their card valid today for {@value #FROM_REGISTRY}; the
     * declared number once social insurance confirms it is theirs and valid today.
     *
     * @param declared as the app sent it; null or blank for none
     * @throws InvalidFieldException when {@code declared} is neither a card number nor {@value #FROM_REGISTRY}
     * @throws InsuranceMismatchException when social insurance does not confirm it, or has no card to fill in
     * @throws InsuranceUnavailableException when social insurance cannot answer (only ever for a declared
     *         number or {@value #FROM_REGISTRY}: a person who declares none never waits on it)
     */
    public String confirmed(String declared, String documentNumber) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String text = declared.strip();
        LocalDate today = today();
        if (text.equals(FROM_REGISTRY)) {
            return registry.validCardOf(documentNumber, today).map(InsuranceCard::cardNumber)
                    .orElseThrow(() -> new InsuranceMismatchException(true));
        }
        if (!CARD_NUMBER.matcher(text).matches()) {
            throw new InvalidFieldException(InsuranceMismatchException.FIELD, "must be a health-insurance card number "
                    + "(2 capital letters, then 13 digits) or " + FROM_REGISTRY);
        }
        Optional<InsuranceCard> card = registry.findByNumber(text);
        if (card.isEmpty() || !card.get().documentNumber().equals(documentNumber) || !card.get().validOn(today)) {
            throw new InsuranceMismatchException(false);
        }
        return text;
    }

    /**
     * What social insurance says today of each of these cards, by number. Never throws: a scan
     * goes on when social insurance cannot answer, its cards then {@link Status#UNAVAILABLE}.
     */
    public Map<String, CardStatus> statusOf(Collection<String> cardNumbers) {
        Map<String, CardStatus> statuses = new LinkedHashMap<>();
        if (cardNumbers.isEmpty()) {
            return statuses;
        }
        Map<String, InsuranceCard> cards;
        try {
            cards = registry.findByNumbers(cardNumbers);
        } catch (InsuranceUnavailableException e) {
            LOG.warn("Social insurance unavailable for a scan: {}", e.getMessage()); // its messages carry no personal data
            cardNumbers.forEach(number -> statuses.put(number, new CardStatus(Status.UNAVAILABLE, null, null)));
            return statuses;
        }
        LocalDate today = today();
        for (String number : cardNumbers) {
            InsuranceCard card = cards.get(number);
            statuses.put(number, card == null ? new CardStatus(Status.UNKNOWN_CARD, null, null)
                    : new CardStatus(card.validOn(today) ? Status.VALID
                            : today.isAfter(card.validTo()) ? Status.EXPIRED : Status.NOT_YET_VALID,
                            card.validFrom(), card.validTo()));
        }
        return statuses;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }
}
