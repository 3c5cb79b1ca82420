package vn.qrqg.passports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.issuance.citizens.CitizensTestSupport;

/**
 * What the passport's integration tests share: a traveller with a QR and a holder token, their
 * doses pushed by the national vaccination system, a vaccination site's app bound to its site,
 * and the department's app. Each test takes sites of its own, so that lists hold its requests only.
 */
public abstract class PassportTestSupport extends CitizensTestSupport {
    protected static final String PASSPORTS = "/api/v1/passports/requests";

    private String pusher;

    /** A person with a QR, as their app holds them: the app's token, the QID, the holder token; the app itself. */
    protected record Traveller(Person person, String app, String qid, String holderToken, TestClients.CertifiedApp held) {
        public String passports() {
            return "/api/v1/citizens/" + qid + "/passports";
        }
    }

    protected Traveller traveller(String name, int year) throws Exception {
        Person person = registered(name, year, Gender.FEMALE);
        TestClients.CertifiedApp held = TestClients.certifiedApp(port, Scopes.QR_ISSUE);
        String app = held.token(port, Scopes.QR_ISSUE);
        JsonNode qr = issued(app, person.body(null));
        return new Traveller(person, app, qr.path("qid").asString(), qr.path("holderToken").asString(), held);
    }

    /** A site's name no other test uses. */
    protected static String newSite() {
        return "Trạm Y tế Phường Ba Đình " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A dose the national vaccination system pushes (health:write), given at {@code site}. */
    protected void dose(Person person, String date, int number, String product, String site) throws Exception {
        if (pusher == null) {
            pusher = tokenOfCertifiedApp(Scopes.HEALTH_WRITE);
        }
        HttpResponse<String> response = TestClients.send(port, "POST", "/api/v1/health/vaccinations", pusher,
                "{\"sourceId\":\"" + UUID.randomUUID() + "\",\"documentNumber\":\"" + person.documentNumber()
                        + "\",\"date\":\"" + date + "\",\"doseNumber\":" + number + ",\"product\":\"" + product
                        + "\",\"lot\":\"FK" + number + "234\",\"site\":\"" + site + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    /** The token of a vaccination site's app (dcc:site) bound to {@code site}. */
    protected String siteApp(String site) throws Exception {
        String admin = TestClients.adminToken(port);
        HttpResponse<String> created = TestClients.send(port, "POST", "/api/v1/admin/apps", admin,
                "{\"name\":\"Site " + UUID.randomUUID() + "\",\"operator\":\"Sở Y tế Hà Nội\",\"scopes\":[\"dcc:site\"],"
                        + "\"vaccinationSite\":\"" + site + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode app = TestClients.json(created.body());
        assertThat(app.path("vaccinationSite").asString()).isEqualTo(site);
        assertThat(TestClients.send(port, "POST", "/api/v1/admin/apps/" + app.path("appId").asString() + "/status",
                admin, "{\"status\":\"CERTIFIED\"}").statusCode()).isEqualTo(200);
        return TestClients.token(port, app.path("clientId").asString(), app.path("clientSecret").asString(),
                Scopes.DCC_SITE);
    }

    protected String department() throws Exception {
        return tokenOfCertifiedApp(Scopes.DCC_SIGN);
    }

    /** {@code POST /api/v1/citizens/{qid}/passports} by the traveller's app. */
    protected HttpResponse<String> request(Traveller traveller) throws Exception {
        return postAsHolder(traveller.passports(), traveller.app(), traveller.holderToken(), "");
    }

    protected JsonNode requested(Traveller traveller) throws Exception {
        HttpResponse<String> response = request(traveller);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return TestClients.json(response.body());
    }

    protected HttpResponse<String> decide(String token, String id, String step, String body) throws Exception {
        return TestClients.send(port, "POST", PASSPORTS + "/" + id + "/" + step, token, body);
    }

    /** A JSON POST asking for answers in Vietnamese ({@code Accept-Language: vi}), as an official's app in Vietnam sends. */
    protected HttpResponse<String> postInVietnamese(String path, String token, String body) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + path))
                .timeout(java.time.Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("Accept-Language", "vi").header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The ids the official's list holds. */
    protected java.util.List<String> listed(String token) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "GET", PASSPORTS, token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        java.util.List<String> ids = new java.util.ArrayList<>();
        TestClients.json(response.body()).path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    protected JsonNode own(Traveller traveller, String id) throws Exception {
        HttpResponse<byte[]> response = asHolder("GET", traveller.passports() + "/" + id, traveller.app(),
                traveller.holderToken());
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response);
    }
}
