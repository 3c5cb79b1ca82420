package vn.qrqg.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.issuance.citizens.CitizensTestSupport;

/**
 * What the declarations' integration tests share, in any package: people with a QR and the app
 * that holds their holder token, calls as a holder with a JSON body, health officers.
 */
public abstract class DeclarationsTestSupport extends CitizensTestSupport {
    protected static final String HEALTH = "/api/v1/declarations/health";
    protected static final String TRAVEL = "/api/v1/declarations/travel";
    protected static final String MINE = "/api/v1/declarations/mine";
    protected static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    protected JdbcClient jdbc;

    /** A person as their app knows them: the app's access token, the person's QID and holder token. */
    protected record Holder(String appToken, String qid, String holderToken) {
    }

    /** Someone newly registered, issued a QR by a new certified app, which holds their token. */
    protected Holder holder(String name, int year, Gender gender) throws Exception {
        String app = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        JsonNode qr = issued(app, registered(name, year, gender).body(null));
        return new Holder(app, qr.path("qid").asString(), qr.path("holderToken").asString());
    }

    /** A call as {@code holder}'s app with their token; {@code json} may be null. */
    protected HttpResponse<String> as(Holder holder, String method, String path, String json) throws Exception {
        return call(holder.appToken(), holder.holderToken(), method, path, json);
    }

    /** A call with an access token and, unless null, a holder token and a JSON body. */
    protected HttpResponse<String> call(String appToken, String holderToken, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + appToken)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (holderToken != null) {
            request.header(HolderTokens.HEADER, holderToken);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A declaration that must be taken (201): what the platform kept. */
    protected JsonNode declared(Holder holder, String path, String json) throws Exception {
        HttpResponse<String> response = as(holder, "POST", path, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return TestClients.json(response.body());
    }

    /** A travel from Hà Nội (Ba Đình) to Hồ Chí Minh City (Bến Thành); {@code arrival} may be null. */
    protected static String travel(String transport, String vehicle, String departure, String arrival) {
        return "{\"fromProvinceCode\":\"01\",\"fromCommuneCode\":\"00004\",\"toProvinceCode\":\"79\","
                + "\"toCommuneCode\":\"26743\",\"transport\":\"" + transport + "\",\"vehicleNumber\":\"" + vehicle
                + "\",\"seat\":\"12A\",\"departureAt\":\"" + departure + "\""
                + (arrival == null ? "" : ",\"arrivalAt\":\"" + arrival + "\"") + "}";
    }

    /** A flight number nobody else's test uses, e.g. {@code QH 482913}. */
    protected static String uniqueFlight() {
        return "QH " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** Today in Vietnam, as {@code YYYY-MM-DD}. */
    protected static LocalDate todayInVietnam() {
        return LocalDate.now(VIETNAM);
    }

    /** A new certified app holding {@code scopes}. */
    protected TestClients.CertifiedApp officerApp(String... scopes) throws Exception {
        return TestClients.certifiedApp(port, scopes);
    }

    /** The values of {@code field} of each item of a page. */
    protected static List<String> each(JsonNode page, String field) {
        List<String> values = new ArrayList<>();
        page.path("items").forEach(item -> values.add(item.path(field).asString()));
        return values;
    }

    /** The fields a 400 problem names, in its order. */
    protected static List<String> errorFields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    /** The audit records an app's client made, oldest first. */
    protected List<Map<String, Object>> auditOf(String clientId) {
        return jdbc.sql("select scope, qid, array_to_string(fields, ',') as fields, purpose, outcome"
                + " from audit_record where client_id = :c order by at, id").param("c", clientId).query().listOfRows();
    }
}
