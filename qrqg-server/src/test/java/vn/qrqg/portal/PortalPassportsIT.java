package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person's passports through the portal: their account asks and reads, uncached, audited as the
 * portal's; another account, naming the person's QID, neither reads, asks for one nor prints one.
 */
class PortalPassportsIT extends PortalApiTestSupport {
    private static final String NOT_YOUR_PERSON = "https://qrqg.vn/problems/not-your-person";

    @Test
    void anotherAccountCannotReadRequestNorPrintAPersonsPassport() throws Exception {
        Browser citizen = browser().signIn();
        String qid = citizen.declare(someone("Hoàng Thị Nga"), "SELF").path("qid").asString();
        String passports = "/portal/api/people/" + qid + "/passports";
        HttpResponse<String> none = citizen.send("GET", passports, null);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
        assertThat(jsonOf(none).path("items").isEmpty()).isTrue();
        assertThat(none.headers().firstValue("Cache-Control")).hasValue("no-store, private");
        HttpResponse<String> nothing = citizen.send("POST", passports, null);
        assertThat(nothing.statusCode()).as(nothing.body()).isEqualTo(422);
        assertThat(jsonOf(nothing).path("type").asString()).isEqualTo("https://qrqg.vn/problems/no-vaccination-record");
        assertThat(asOwner().sql("select count(*) from audit_record where purpose = 'GET /api/v1/citizens/{qid}/passports'"
                + " and qid = :qid and client_id = 'portal'").param("qid", qid).query(Long.class).single()).isEqualTo(1);

        Browser other = browser().signIn();
        for (String[] call : new String[][] {{"GET", passports}, {"POST", passports},
                {"GET", passports + "/" + UUID.randomUUID() + "/pdf"}}) {
            HttpResponse<String> refused = other.send(call[0], call[1], null);
            assertThat(refused.statusCode()).as(call[0] + " " + call[1]).isEqualTo(404);
            assertThat(jsonOf(refused).path("type").asString()).isEqualTo(NOT_YOUR_PERSON);
        }
        HttpResponse<String> unknown = citizen.send("GET", passports + "/not-an-id/pdf", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(jsonOf(unknown).path("type").asString()).isEqualTo("https://qrqg.vn/problems/passport-not-found");
    }
}
