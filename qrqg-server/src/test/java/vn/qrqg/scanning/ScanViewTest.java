package vn.qrqg.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.qrqg.insurance.InsuranceChecks;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.CardColour;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.identity.RegisteredPerson;

class ScanViewTest {
    private static final ScannedPerson PERSON = new ScannedPerson(new Qid("162979388586171104"),
            new RegisteredPerson("001193029317", "123456789", "Nguyễn Lê Khả Hân", BirthDate.parse("1993-01-18"),
                    Gender.FEMALE, "0900000000", "DN4017915019812", "00001", "Số 1 Tràng Tiền, Hà Nội", null),
            "0912345678", "DN4017915019812");

    @Test
    void theBroadestScanScopeWinsPoliceThenHealthThenVenue() {
        assertThat(ScanScope.broadestOf(Set.of("scan:venue", "scan:police", "scan:health"))).contains(ScanScope.POLICE);
        assertThat(ScanScope.broadestOf(Set.of("scan:venue", "scan:health"))).contains(ScanScope.HEALTH);
        assertThat(ScanScope.broadestOf(Set.of("scan:venue", "qr:issue"))).contains(ScanScope.VENUE);
        assertThat(ScanScope.broadestOf(Set.of("qr:issue", "admin"))).isEmpty();
    }

    @Test
    void aVenueSeesAShortNameTheBirthYearAndTheCovidCardOnly() {
        assertThat(shown(ScanScope.VENUE.present(PERSON, null, null, null))).containsExactly(
                entry("shortName", "Nguyễn L. K. H."), entry("birthYear", 1993), entry("covidCard", null));
    }

    @Test
    void aHealthOfficerAlsoSeesGenderMaskedContactsAndTheQid() {
        assertThat(shown(ScanScope.HEALTH.present(PERSON, null, null, null))).containsExactly(
                entry("shortName", "Nguyễn L. K. H."), entry("birthYear", 1993), entry("covidCard", null),
                entry("gender", "FEMALE"), entry("phone", "0912******"), entry("insuranceNumber", "DN4017*********"),
                entry("insuranceCard", null), entry("qid", "162979388586171104"), entry("healthRecords", null));
    }

    @Test
    void aHealthOfficerSeesUntilWhenTheInsuranceCardIsValidAndOthersDoNot() {
        InsuranceChecks.CardStatus expired = new InsuranceChecks.CardStatus(InsuranceChecks.Status.EXPIRED,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(shown(ScanScope.HEALTH.present(PERSON, null, null, expired))).containsEntry("insuranceCard", expired)
                .containsEntry("insuranceNumber", "DN4017*********");
        assertThat(shown(ScanScope.POLICE.present(PERSON, null, null, expired))).doesNotContainKey("insuranceCard");
        assertThat(shown(ScanScope.VENUE.present(PERSON, null, null, expired))).doesNotContainKey("insuranceCard");
    }

    @Test
    void theCardGoesToVenuesAndHealthOfficersAndTheRecordsToHealthOfficersOnly() {
        CovidCard card = new CovidCard(CardColour.GREEN, null, "the national default, rule 1",
                "quy định chung toàn quốc, quy tắc 1");
        assertThat(shown(ScanScope.VENUE.present(PERSON, card, PersonHealthRecords.NONE, null))).containsEntry("covidCard", card)
                .doesNotContainKey("healthRecords");
        assertThat(shown(ScanScope.HEALTH.present(PERSON, card, PersonHealthRecords.NONE, null))).containsEntry("covidCard", card)
                .containsEntry("healthRecords", PersonHealthRecords.NONE);
        assertThat(shown(ScanScope.POLICE.present(PERSON, card, PersonHealthRecords.NONE, null)))
                .doesNotContainKeys("covidCard", "healthRecords");
        assertThat(ScanScope.POLICE.fields().contains("covidCard")).isFalse();
    }

    @Test
    void policeSeeTheIdentityFieldsInFull() {
        assertThat(shown(ScanScope.POLICE.present(PERSON, null, null, null))).containsExactly(
                entry("qid", "162979388586171104"), entry("documentNumber", "001193029317"),
                entry("oldDocumentNumber", "123456789"), entry("fullName", "Nguyễn Lê Khả Hân"),
                entry("dateOfBirth", "1993-01-18"), entry("gender", "FEMALE"), entry("phone", "0912345678"),
                entry("insuranceNumber", "DN4017915019812"), entry("address", "Số 1 Tràng Tiền, Hà Nội"));
    }

    @Test
    void everyViewShowsExactlyItsFieldNamesAlsoWhenValuesAreMissing() {
        ScannedPerson sparse = new ScannedPerson(null, new RegisteredPerson("001193029317", null, "Hân",
                BirthDate.parse("1993-00-00"), Gender.NOT_STATED, null, null, null, null, null), null, null);
        for (ScanScope view : ScanScope.values()) {
            assertThat(shown(view.present(sparse, null, null, null)).keySet()).containsExactlyElementsOf(view.fields());
        }
        assertThat(shown(ScanScope.HEALTH.present(sparse, null, null, null))).containsEntry("phone", null).containsEntry("qid", null);
    }

    /** The view as its JSON lists it: the record's components, in order, by name. */
    private static Map<String, Object> shown(ScanView view) {
        Map<String, Object> shown = new LinkedHashMap<>();
        for (RecordComponent component : view.getClass().getRecordComponents()) {
            try {
                shown.put(component.getName(), component.getAccessor().invoke(view));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return shown;
    }

    private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
        return new java.util.AbstractMap.SimpleEntry<>(key, value);
    }
}
