package vn.qrqg.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.qrqg.insurance.InsuranceChecks;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.health.CardColour;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.identity.RegisteredPerson;

class ScanViewTest {
    private static final ScannedPerson PERSON = new ScannedPerson("162979388586171104",
            new RegisteredPerson("001193029317", "123456789", "Nguyễn Lê Khả Hân", BirthDate.parse("1993-01-18"),
                    Gender.FEMALE, "0900000000", "DN4017915019812", "00001", "Số 1 Tràng Tiền, Hà Nội", null),
            "0912345678", "DN4017915019812");

    @Test
    void theBroadestScanScopeWinsPoliceThenHealthThenVenue() {
        assertThat(ScanView.broadestOf(Set.of("scan:venue", "scan:police", "scan:health"))).contains(ScanView.POLICE);
        assertThat(ScanView.broadestOf(Set.of("scan:venue", "scan:health"))).contains(ScanView.HEALTH);
        assertThat(ScanView.broadestOf(Set.of("scan:venue", "qr:issue"))).contains(ScanView.VENUE);
        assertThat(ScanView.broadestOf(Set.of("qr:issue", "admin"))).isEmpty();
    }

    @Test
    void aVenueSeesAShortNameTheBirthYearAndTheCovidCardOnly() {
        assertThat(ScanView.VENUE.present(PERSON, null, null, null)).containsExactly(
                entry("shortName", "Nguyễn L. K. H."), entry("birthYear", 1993), entry("covidCard", null));
    }

    @Test
    void aHealthOfficerAlsoSeesGenderMaskedContactsAndTheQid() {
        assertThat(ScanView.HEALTH.present(PERSON, null, null, null)).containsExactly(
                entry("shortName", "Nguyễn L. K. H."), entry("birthYear", 1993), entry("covidCard", null),
                entry("gender", "FEMALE"), entry("phone", "0912******"), entry("insuranceNumber", "DN4017*********"),
                entry("insuranceCard", null), entry("qid", "162979388586171104"), entry("healthRecords", null));
    }

    @Test
    void aHealthOfficerSeesUntilWhenTheInsuranceCardIsValidAndOthersDoNot() {
        InsuranceChecks.CardStatus expired = new InsuranceChecks.CardStatus(InsuranceChecks.Status.EXPIRED,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(ScanView.HEALTH.present(PERSON, null, null, expired)).containsEntry("insuranceCard", expired)
                .containsEntry("insuranceNumber", "DN4017*********");
        assertThat(ScanView.POLICE.present(PERSON, null, null, expired)).doesNotContainKey("insuranceCard");
        assertThat(ScanView.VENUE.present(PERSON, null, null, expired)).doesNotContainKey("insuranceCard");
    }

    @Test
    void theCardGoesToVenuesAndHealthOfficersAndTheRecordsToHealthOfficersOnly() {
        CovidCard card = new CovidCard(CardColour.GREEN, null, "the national default, rule 1");
        assertThat(ScanView.VENUE.present(PERSON, card, PersonHealthRecords.NONE, null)).containsEntry("covidCard", card)
                .doesNotContainKey("healthRecords");
        assertThat(ScanView.HEALTH.present(PERSON, card, PersonHealthRecords.NONE, null)).containsEntry("covidCard", card)
                .containsEntry("healthRecords", PersonHealthRecords.NONE);
        assertThat(ScanView.POLICE.present(PERSON, card, PersonHealthRecords.NONE, null))
                .doesNotContainKeys("covidCard", "healthRecords");
        assertThat(ScanView.POLICE.shows("covidCard")).isFalse();
    }

    @Test
    void policeSeeTheIdentityFieldsInFull() {
        assertThat(ScanView.POLICE.present(PERSON, null, null, null)).containsExactly(
                entry("qid", "162979388586171104"), entry("documentNumber", "001193029317"),
                entry("oldDocumentNumber", "123456789"), entry("fullName", "Nguyễn Lê Khả Hân"),
                entry("dateOfBirth", "1993-01-18"), entry("gender", "FEMALE"), entry("phone", "0912345678"),
                entry("insuranceNumber", "DN4017915019812"), entry("address", "Số 1 Tràng Tiền, Hà Nội"));
    }

    @Test
    void everyViewShowsExactlyItsFieldNamesAlsoWhenValuesAreMissing() {
        ScannedPerson sparse = new ScannedPerson(null, new RegisteredPerson("001193029317", null, "Hân",
                BirthDate.parse("1993-00-00"), Gender.NOT_STATED, null, null, null, null, null), null, null);
        for (ScanView view : ScanView.values()) {
            assertThat(view.present(sparse, null, null, null).keySet()).containsExactlyElementsOf(view.fields());
        }
        assertThat(ScanView.HEALTH.present(sparse, null, null, null)).containsEntry("phone", null).containsEntry("qid", null);
    }

    private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
        return new java.util.AbstractMap.SimpleEntry<>(key, value);
    }
}
