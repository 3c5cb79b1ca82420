package vn.qrqg.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.codec.venue.VenueCode;

/** Registering a venue over HTTP: the code comes from the SMS outbox, as an operator reads it. */
class VenueRegistrationIT extends VenuesTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOwnerRegistersAVenueWithTheCodeSentToTheirPhone() throws Exception {
        String phone = randomPhone();
        String id = register("Quán Phở Đức", phone);
        String code = codeSentTo(phone);

        HttpResponse<String> confirmed = confirm(id, code);

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode venue = json(confirmed);
        VenueCode venueCode = new VenueCode(venue.path("venueCode").asString()); // a valid code, check character too
        assertThat(venue.path("url").asString()).isEqualTo("http://localhost:8080/v/" + venueCode.value());
        assertThat(venue.path("posterUrl").asString())
                .isEqualTo("http://localhost:8080/api/v1/venues/" + venueCode.value() + "/poster.pdf");
        assertThat(venue.path("ownerToken").asString()).matches("qo_[A-Za-z0-9_-]{43}");
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/api/v1/venues/" + venueCode.value());
        // only hashes are kept
        assertThat(jdbc.sql("select count(*) from venues_venue where owner_token_hash = :token")
                .param("token", venue.path("ownerToken").asString()).query(Long.class).single()).isZero();
    }

    @Test
    void theSmsHoldsTheCodeButTheDatabaseOnlyItsHash() throws Exception {
        String phone = randomPhone();
        String id = register("Tiệm tạp hoá Minh", phone);
        String code = codeSentTo(phone);
        byte[] stored = jdbc.sql("select code_hash from venues_registration where registration_id = :id::uuid")
                .param("id", id).query(byte[].class).single();
        assertThat(stored).hasSize(32).isEqualTo(sha256(id + ":" + code)); // SHA-256, salted by the registration
    }

    @Test
    void aWrongCodeIsRefusedAndCountedTheRightOneStillWorks() throws Exception {
        String phone = randomPhone();
        String id = register("Chợ Hôm", phone);
        String code = codeSentTo(phone);

        HttpResponse<String> wrong = confirm(id, otherThan(code));

        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
        assertThat(json(wrong).path("type").asString()).isEqualTo("https://qrqg.vn/problems/wrong-code");
        assertThat(json(wrong).path("attemptsLeft").asInt()).isEqualTo(4);
        assertThat(confirm(id, code).statusCode()).isEqualTo(201);
        HttpResponse<String> again = confirm(id, code);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("type").asString()).isEqualTo("https://qrqg.vn/problems/registration-confirmed");
    }

    @Test
    void fiveWrongCodesCloseTheRegistrationForGood() throws Exception {
        String phone = randomPhone();
        String id = register("Trường Tiểu học Kim Đồng", phone);
        String code = codeSentTo(phone);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(confirm(id, otherThan(code)).statusCode());
        }
        assertThat(statuses).containsExactly(422, 422, 422, 422, 410);

        HttpResponse<String> right = confirm(id, code);

        assertThat(right.statusCode()).isEqualTo(410);
        assertThat(json(right).path("type").asString()).isEqualTo("https://qrqg.vn/problems/too-many-attempts");
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        String phone = randomPhone();
        String id = register("Bến xe Giáp Bát", phone);
        String code = codeSentTo(phone);
        jdbc.sql("update venues_registration set code_expires_at = now() - interval '1 second' where registration_id = :id::uuid")
                .param("id", id).update();

        HttpResponse<String> late = confirm(id, code);

        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(json(late).path("type").asString()).isEqualTo("https://qrqg.vn/problems/code-expired");
    }

    @Test
    void aCommuneOfAnotherProvinceIsRefusedNamingTheCommune() throws Exception {
        // 00004 is Phường Ba Đình, in Hà Nội (01), not in Thành phố Hồ Chí Minh (79)
        HttpResponse<String> response = send("POST", REGISTRATIONS, null,
                registration("Quán cơm", randomPhone(), "79", "00004"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-request");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("communeCode");
        assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo("is not in province 79");
    }

    @Test
    void aNameMixingLatinAndCyrillicLookAlikesIsRefusedNamingIt() throws Exception {
        HttpResponse<String> response = send("POST", REGISTRATIONS, null,
                registration("\\u0420hở Hà Nội", randomPhone(), "01", "00004")); // a Cyrillic Р
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("name");
        assertThat(problem.path("errors").get(0).path("message").asString())
                .isEqualTo("must not mix Latin letters with Cyrillic or Greek look-alikes");
        assertThat(send("POST", REGISTRATIONS, null, registration("Quán Phở Ướp Lạnh", randomPhone(), "01", "00004"))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void unknownTypesCodesAndPhonesAreNamed() throws Exception {
        String body = "{\"name\":\"Quán\",\"type\":\"bar\",\"provinceCode\":\"99\",\"communeCode\":\"00004\","
                + "\"address\":\"Số 1\",\"ownerName\":\"An\",\"ownerPhone\":\"12345\"}";
        HttpResponse<String> response = send("POST", REGISTRATIONS, null, body);

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json(response).path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).containsExactly("type", "provinceCode", "ownerPhone");
        assertThat(response.body()).doesNotContain("12345");
    }

    @Test
    void aPhoneMayStartThreeRegistrationsAnHour() throws Exception {
        String phone = randomPhone();
        for (int i = 0; i < 3; i++) {
            register("Cửa hàng " + i, phone);
        }
        HttpResponse<String> fourth = send("POST", REGISTRATIONS, null, registration("Cửa hàng 4", phone, "01", "00004"));

        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(json(fourth).path("type").asString()).isEqualTo("https://qrqg.vn/problems/too-many-registrations");
        assertThat(fourth.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));
    }

    @Test
    void aMalformedCodeOrUnknownRegistrationIsNamed() throws Exception {
        String id = register("Văn phòng Công ty A", randomPhone());
        HttpResponse<String> letters = confirm(id, "12ab56");
        assertThat(letters.statusCode()).isEqualTo(400);
        assertThat(json(letters).path("errors").get(0).path("field").asString()).isEqualTo("code");

        HttpResponse<String> unknown = confirm("7d5c0f7e-1d2b-4c39-9d55-3f3b7d8e0a11", "123456");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("type").asString()).isEqualTo("https://qrqg.vn/problems/registration-not-found");

        HttpResponse<String> notAnId = confirm("not-a-uuid", "123456");
        assertThat(notAnId.statusCode()).isEqualTo(400);
        assertThat(json(notAnId).path("errors").get(0).path("field").asString()).isEqualTo("registrationId");
    }

    private static byte[] sha256(String text) throws Exception {
        return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }
}
