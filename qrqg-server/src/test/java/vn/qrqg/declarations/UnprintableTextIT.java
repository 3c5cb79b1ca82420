package vn.qrqg.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.venues.TestVenues;

/**
 * Control characters and bidirectional overrides in any JSON text: a 400 naming the field,
 * nothing kept, and the text never written to the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnprintableTextIT extends DeclarationsTestSupport {

    private static String declaration(String description) {
        return """
                {"symptoms":[],"contactWithConfirmedCase":false,
                 "placesVisited":[{"provinceCode":"79","description":"%s"}]}""".formatted(description);
    }

    @Test
    void aNulInADeclaredPlaceIsRefusedNamingItAndNotLogged(CapturedOutput output) throws Exception {
        Holder holder = holder("Đỗ Văn Nul", 1931, Gender.MALE);
        HttpResponse<String> response = as(holder, "POST", HEALTH, declaration("Chợ Lớn secret-place-41\\u0000"));
        assertRefused(response, "placesVisited[0].description");
        assertThat(jdbc.sql("select count(*) from declarations_health where qid = :q").param("q", holder.qid())
                .query(Long.class).single()).isZero();
        assertThat(output.getAll()).doesNotContain("secret-place-41");
    }

    @Test
    void aRightToLeftOverrideInContactDetailsIsRefusedNamingIt(CapturedOutput output) throws Exception {
        Holder holder = holder("Đỗ Thị Bidi", 1932, Gender.FEMALE);
        HttpResponse<String> response = as(holder, "POST", HEALTH, """
                {"symptoms":[],"contactWithConfirmedCase":true,"contactDetails":"secret-contact-42\\u202Eabc",
                 "placesVisited":[]}""");
        assertRefused(response, "contactDetails");
        assertThat(jdbc.sql("select count(*) from declarations_health where qid = :q").param("q", holder.qid())
                .query(Long.class).single()).isZero();
        assertThat(output.getAll()).doesNotContain("secret-contact-42");
    }

    @Test
    void aNewLineInAFreeTextIsKept() throws Exception {
        Holder holder = holder("Đỗ Văn Dòng", 1933, Gender.MALE);
        HttpResponse<String> response = as(holder, "POST", HEALTH, declaration("Chợ Lớn\\nQuận 5"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void controlsInAVenueNameAreRefusedNamingIt(CapturedOutput output) throws Exception {
        for (String name : new String[] {"Quán secret-venue-43\\u0000", "Quán secret-venue-43\\u202E", "Quán\\u0007 secret-venue-43"}) {
            HttpResponse<String> response = TestClients.send(port, "POST", TestVenues.REGISTRATIONS, null,
                    TestVenues.registration(name, "restaurant", TestVenues.randomPhone(), "01", "00004"));
            assertRefused(response, "name");
        }
        assertThat(output.getAll()).doesNotContain("secret-venue-43");
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = TestClients.json(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-request");
        assertThat(errorFields(problem)).containsExactly(field);
        assertThat(response.body()).doesNotContain("secret-");
    }
}
