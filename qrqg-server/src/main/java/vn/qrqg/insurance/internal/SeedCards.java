package vn.qrqg.insurance.internal;

import java.time.LocalDate;
import java.util.Optional;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.insurance.InsuranceCard;

/**
 * The health-insurance cards social insurance holds for the synthetic population, as of a day:
 * the card whose number the population registry lists for a person (91 % of them), and a
 * children's card (TE) for every child under six the registry lists none for, since children
 * under six are insured by law. A child's card runs from birth to the day before their sixth
 * birthday; everyone else's covers the calendar year, but one in twenty lapsed at the end of
 * last year (to be renewed), so that expired cards are there to scan.
 */
final class SeedCards {
    private final LocalDate today;

    SeedCards(LocalDate today) {
        this.today = today;
    }

    /**
     * @param index the person's place in the synthetic population
     * @param provinceCode the 2-digit code of their home province, for a children's card number
     */
    Optional<InsuranceCard> of(long index, RegisteredPerson person, String provinceCode) {
        LocalDate born = born(person.birthDate());
        String number = person.insuranceNumber();
        boolean child = born.plusYears(6).isAfter(today);
        if (number == null) {
            if (!child || provinceCode == null) {
                return Optional.empty();
            }
            // a social-insurance number of their own: 9 and the person's index, apart from the registry's
            number = "TE1" + provinceCode + "9" + String.format("%09d", index % 1_000_000_000L);
        }
        if (number.startsWith("TE")) {
            return Optional.of(new InsuranceCard(number, person.documentNumber(), born, born.plusYears(6).minusDays(1)));
        }
        int year = index % 20 == 7 ? today.getYear() - 1 : today.getYear();
        return Optional.of(new InsuranceCard(number, person.documentNumber(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)));
    }

    /** A birth date known only in part counts from the first day it could be. */
    private static LocalDate born(BirthDate date) {
        return LocalDate.of(date.year(), Math.max(date.month(), 1), Math.max(date.day(), 1));
    }
}
