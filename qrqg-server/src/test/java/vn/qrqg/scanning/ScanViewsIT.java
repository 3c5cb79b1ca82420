package vn.qrqg.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.insurance.TestInsurance;

/** What each scan scope sees of a person, over {@code POST /api/v1/scans}. */
class ScanViewsIT extends ScanningTestSupport {

    @Test
    void aVenueSeesOnlyTheShortNameTheBirthYearAndTheCovidCard() throws Exception {
        JsonNode qr = issued(issuerToken(), registeredInFull("Nguyễn Thị Thuỷ Tiên", 1921, Gender.FEMALE), null);
        JsonNode answer = scanned(scannerToken(Scopes.SCAN_VENUE), qr.path("qr").path("full").asString());
        assertThat(answer.path("outcome").asString()).isEqualTo("VALID");
        assertThat(answer.path("format").asString()).isEqualTo("PERSONAL");
        JsonNode person = answer.path("person");
        assertThat(keys(person)).containsExactly("shortName", "birthYear", "covidCard");
        assertThat(person.path("shortName").asString()).isEqualTo("Nguyễn T. T. T.");
        assertThat(person.path("birthYear").asInt()).isEqualTo(1921);
        // no vaccination, test or recovery, no known province: RED by the national default
        assertThat(keys(person.path("covidCard"))).containsExactly("colour", "validUntil", "reason");
        assertThat(person.path("covidCard").path("colour").asString()).isEqualTo("RED");
    }

    @Test
    void aHealthOfficerAlsoSeesGenderMaskedContactsAndTheQid() throws Exception {
        Person registered = registeredInFull("Trần Văn Bình", 1925, Gender.MALE);
        TestInsurance.card(port, INSURANCE, registered.documentNumber(), LocalDate.of(2021, 1, 1), LocalDate.of(2099, 12, 31));
        JsonNode qr = issued(issuerToken(), registered,
                "\"phone\":\"0912345678\",\"insuranceNumber\":\"" + INSURANCE + "\"");
        JsonNode person = scanned(scannerToken(Scopes.SCAN_HEALTH), qr.path("qr").path("masked").asString())
                .path("person");
        assertThat(keys(person)).containsExactly("shortName", "birthYear", "covidCard", "gender", "phone",
                "insuranceNumber", "insuranceCard", "qid", "healthRecords");
        assertThat(person.path("insuranceCard").toString())
                .isEqualTo("{\"status\":\"VALID\",\"validFrom\":\"2021-01-01\",\"validTo\":\"2099-12-31\"}");
        assertThat(person.path("gender").asString()).isEqualTo("MALE");
        assertThat(person.path("phone").asString()).isEqualTo("0912******");
        assertThat(person.path("insuranceNumber").asString()).isEqualTo("DN4017*********");
        assertThat(person.path("qid").asString()).isEqualTo(qr.path("qid").asString());
    }

    @Test
    void policeSeeTheIdentityFieldsInFullWithContactsFromTheNewestQr() throws Exception {
        Person registered = registeredInFull("Lê Thị Hoa", 1910, Gender.FEMALE);
        TestInsurance.card(port, INSURANCE, registered.documentNumber(), LocalDate.of(2021, 1, 1), LocalDate.of(2099, 12, 31));
        JsonNode qr = issued(issuerToken(), registered,
                "\"phone\":\"0912345678\",\"insuranceNumber\":\"" + INSURANCE + "\"");
        JsonNode person = scanned(scannerToken(Scopes.SCAN_POLICE), qr.path("qr").path("full").asString())
                .path("person");
        assertThat(keys(person)).containsExactly("qid", "documentNumber", "oldDocumentNumber", "fullName",
                "dateOfBirth", "gender", "phone", "insuranceNumber", "address");
        assertThat(person.path("qid").asString()).isEqualTo(qr.path("qid").asString());
        assertThat(person.path("documentNumber").asString()).isEqualTo(registered.documentNumber());
        assertThat(person.path("oldDocumentNumber").asString()).isEqualTo(oldDocumentNumberOf(registered));
        assertThat(person.path("fullName").asString()).isEqualTo("Lê Thị Hoa");
        assertThat(person.path("dateOfBirth").asString()).isEqualTo("1910-03-04");
        assertThat(person.path("gender").asString()).isEqualTo("FEMALE");
        assertThat(person.path("phone").asString()).isEqualTo("0912345678"); // declared, not the registry's
        assertThat(person.path("insuranceNumber").asString()).isEqualTo(INSURANCE);
        assertThat(person.path("address").asString()).isEqualTo(ADDRESS);
    }

    @Test
    void aTokenWithSeveralScanScopesGetsTheBroadestView() throws Exception {
        JsonNode qr = issued(issuerToken(), registeredInFull("Phạm Văn Đức", 1900, Gender.MALE), null);
        String both = scannerToken(Scopes.SCAN_VENUE, Scopes.SCAN_POLICE);
        assertThat(keys(scanned(both, qr.path("qr").path("full").asString()).path("person")))
                .contains("documentNumber", "fullName").doesNotContain("shortName");
        String venueAndHealth = scannerToken(Scopes.SCAN_VENUE, Scopes.SCAN_HEALTH);
        assertThat(keys(scanned(venueAndHealth, qr.path("qr").path("full").asString()).path("person")))
                .contains("gender", "qid").doesNotContain("documentNumber");
    }

    @Test
    void aCccdCardFindsThePersonByNumberAndShowsTheRegistrysNameNotThePrintedOne() throws Exception {
        Person registered = registeredInFull("Hoàng Thị Lan", 1915, Gender.FEMALE);
        // the same name as people type it: case and marks aside
        String card = registered.documentNumber() + "||HOANG thi LAN|04031915|Nữ|Hà Nội|10072021";
        JsonNode answer = scanned(scannerToken(Scopes.SCAN_POLICE), card);
        assertThat(answer.path("outcome").asString()).isEqualTo("VALID");
        assertThat(answer.path("format").asString()).isEqualTo("CCCD_CARD");
        JsonNode person = answer.path("person");
        assertThat(person.path("fullName").asString()).isEqualTo("Hoàng Thị Lan");
        assertThat(person.path("documentNumber").asString()).isEqualTo(registered.documentNumber());
        // never issued a QR: no QID, and the registry's contacts
        assertThat(person.path("qid").isNull()).isTrue();
        assertThat(person.path("phone").asString()).isEqualTo("0900000001");
    }

    @Test
    void aCccdCardOfSomeoneWhoHoldsAQidShowsIt() throws Exception {
        Person registered = registeredInFull("Võ Văn Tâm", 1920, Gender.MALE);
        JsonNode qr = issued(issuerToken(), registered, null);
        String card = registered.documentNumber() + "||Võ Văn Tâm|04031920|Nam|Huế|10072021";
        JsonNode person = scanned(scannerToken(Scopes.SCAN_HEALTH), card).path("person");
        assertThat(person.path("qid").asString()).isEqualTo(qr.path("qid").asString());
        assertThat(person.path("phone").isNull()).isTrue(); // declared none in the newest QR
    }
}
