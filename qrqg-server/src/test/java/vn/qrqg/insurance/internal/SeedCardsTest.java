package vn.qrqg.insurance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.insurance.InsuranceCard;

class SeedCardsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final SeedCards CARDS = new SeedCards(TODAY);

    @Test
    void anAdultsCardFromTheRegistryCoversThisYearAndOneInTwentyLapsedLastYear() {
        RegisteredPerson adult = person("1980-05-06", "DN4017915019812");
        assertThat(CARDS.of(3, adult, "01")).contains(new InsuranceCard("DN4017915019812", adult.documentNumber(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(CARDS.of(27, adult, "01").orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void everyChildUnderSixHasACardUntilTheDayBeforeTheirSixthBirthday() {
        RegisteredPerson listed = person("2023-02-10", "TE1790123456789");
        assertThat(CARDS.of(1, listed, "79")).contains(new InsuranceCard("TE1790123456789", listed.documentNumber(),
                LocalDate.of(2023, 2, 10), LocalDate.of(2029, 2, 9)));
        RegisteredPerson unlisted = person("2024-00-00", null);
        InsuranceCard card = CARDS.of(42, unlisted, "79").orElseThrow();
        assertThat(card.cardNumber()).isEqualTo("TE1799000000042").matches("[A-Z]{2}[0-9]{13}");
        assertThat(card.validOn(TODAY)).isTrue();
        assertThat(CARDS.of(42, person("1990-01-01", null), "79")).as("an uninsured adult").isEmpty();
    }

    @Test
    void aChildsCardExpiresAtSix() {
        RegisteredPerson six = person("2020-06-01", "TE1010000000001");
        assertThat(CARDS.of(5, six, "01").orElseThrow().validOn(TODAY)).isFalse();
    }

    private static RegisteredPerson person(String born, String insurance) {
        return new RegisteredPerson("001193029317", null, "Nguyễn Văn A", BirthDate.parse(born), Gender.MALE, null,
                insurance, "00004", null, null);
    }
}
