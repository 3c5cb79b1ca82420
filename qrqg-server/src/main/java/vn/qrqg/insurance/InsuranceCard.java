package vn.qrqg.insurance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One health-insurance card as the social-insurance database holds it.
 *
 * @param cardNumber FORMATS.md's {@code SoBHYT}: the 2-letter beneficiary group, the benefit
 *        level digit, the 2-digit province and the 10-digit social-insurance number
 * @param documentNumber the registry document number (CCCD) of the person it insures
 * @param validFrom the first day it is valid (Vietnam's calendar)
 * @param validTo the last day it is valid
 */
public record InsuranceCard(String cardNumber, String documentNumber, LocalDate validFrom, LocalDate validTo) {

    public InsuranceCard {
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("a card's validTo is before its validFrom");
        }
    }

    /** Whether it is valid on {@code day}, both ends included. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
