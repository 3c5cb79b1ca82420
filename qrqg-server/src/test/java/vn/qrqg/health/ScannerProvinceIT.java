package vn.qrqg.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.venues.TestVenues;

/**
 * The card follows the rules of the province where it is shown (DOMAIN.md): a venue's scanner
 * its venue's, another scanner the province it is configured for. Đồng Tháp (82) here has no card.
 */
class ScannerProvinceIT extends HealthTestSupport {
    private static final String DONG_THAP = "82";

    @AfterEach
    void nationalDefaultAgain() throws Exception {
        assertThat(putRules(DONG_THAP, "{\"mode\":\"NATIONAL_DEFAULT\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void aScannerConfiguredForAProvinceShowsThatProvincesCard() throws Exception {
        Person person = vaccinatedTwice(1941);
        assertThat(putRules(DONG_THAP, "{\"mode\":\"NONE\"}").statusCode()).isEqualTo(200);
        String scanner = tokenOfCertifiedApp(Scopes.SCAN_VENUE);

        assertThat(scanned(scanner, person, DONG_THAP).path("colour").asString()).isEqualTo("NEUTRAL");
        assertThat(scanned(scanner, person, null).path("colour").asString()).isEqualTo("GREEN");
    }

    @Test
    void aStaffCheckInShowsTheCardOfTheVenuesProvince() throws Exception {
        Person person = vaccinatedTwice(1942);
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Chợ nổi Cái Bè", "MARKET", DONG_THAP, "28249");
        String staff = TestVenues.staffScanner(port, venue).token(port);
        assertThat(checkedIn(staff, person).path("colour").asString()).isEqualTo("GREEN");

        assertThat(putRules(DONG_THAP, "{\"mode\":\"NONE\"}").statusCode()).isEqualTo(200);
        JsonNode card = checkedIn(staff, person);
        assertThat(card.path("colour").asString()).isEqualTo("NEUTRAL");
        assertThat(card.path("reason").asString()).contains("Đồng Tháp");
    }

    @Test
    void anUnknownProvinceIsNamed() throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", "/api/v1/scans",
                tokenOfCertifiedApp(Scopes.SCAN_VENUE), "{\"text\":\"x\",\"provinceCode\":\"99\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("provinceCode");
    }

    private Person vaccinatedTwice(int year) throws Exception {
        Person person = somebody(year);
        pushed(VACCINATIONS, vaccination(person, "2021-08-01", 1, "EU/1/20/1528"));
        pushed(VACCINATIONS, vaccination(person, "2021-08-22", 2, "EU/1/20/1528"));
        return person;
    }

    private JsonNode scanned(String scanner, Person person, String provinceCode) throws Exception {
        String province = provinceCode == null ? "" : ",\"provinceCode\":\"" + provinceCode + "\"";
        HttpResponse<String> response = TestClients.send(port, "POST", "/api/v1/scans", scanner,
                "{\"text\":\"" + cardText(person) + "\"" + province + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body()).path("person").path("covidCard");
    }

    private JsonNode checkedIn(String staff, Person person) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", "/api/v1/checkins", staff,
                "{\"text\":\"" + cardText(person) + "\",\"direction\":\"IN\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return TestClients.json(response.body()).path("scan").path("person").path("covidCard");
    }
}
