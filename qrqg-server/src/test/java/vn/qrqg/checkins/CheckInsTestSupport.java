package vn.qrqg.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.issuance.citizens.CitizensTestSupport;
import vn.qrqg.venues.TestVenues;

/**
 * What the check-ins' integration tests share: venues with a staff scanner, visitors with an
 * issued QR and a holder token held by a visitor's app, and the check-in calls over HTTP.
 */
public abstract class CheckInsTestSupport extends CitizensTestSupport {
    protected static final String CHECKINS = "/api/v1/checkins";
    protected static final String BATCH = "/api/v1/checkins/batch";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    protected JdbcClient jdbc;

    private TestClients.CertifiedApp visitorsApp;

    /** A venue, its owner token, and one staff scanner's token. */
    protected record TestVenue(String code, String ownerToken, String staffToken, String staffClientId) {
    }

    /** Someone with a QR issued by the visitors' app, which holds their holder token. */
    protected record Visitor(Person person, String qid, String fullQr, String maskedQr, String holderToken) {
    }

    protected TestVenue venue(String type) throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Quán Thử " + RANDOM.nextInt(1_000_000), type);
        TestVenues.Scanner scanner = TestVenues.staffScanner(port, venue);
        return new TestVenue(venue.venueCode(), venue.ownerToken(), scanner.token(port), scanner.clientId());
    }

    /** The visitors' app: issues QRs and checks its holders in ({@code qr:issue checkin:self}). */
    protected TestClients.CertifiedApp visitorsApp() throws Exception {
        if (visitorsApp == null) {
            visitorsApp = TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.CHECKIN_SELF);
        }
        return visitorsApp;
    }

    protected String appToken() throws Exception {
        return visitorsApp().token(port, Scopes.CHECKIN_SELF);
    }

    protected Visitor visitor(String name) throws Exception {
        return visitor(registered(name, 1900 + RANDOM.nextInt(28), RANDOM.nextBoolean() ? Gender.MALE : Gender.FEMALE));
    }

    /** This registered person as a visitor: their QR issued by the visitors' app, which holds their holder token. */
    protected Visitor visitor(Person person) throws Exception {
        JsonNode issued = issued(visitorsApp().token(port, Scopes.QR_ISSUE), person.body(null));
        return new Visitor(person, issued.path("qid").asString(), issued.path("qr").path("full").asString(),
                issued.path("qr").path("masked").asString(), issued.path("holderToken").asString());
    }

    /** The QR printed on the person's CCCD card (FORMATS.md §3). */
    protected static String cardOf(Person person) {
        LocalDate born = LocalDate.parse(person.dateOfBirth());
        return person.documentNumber() + "||" + person.fullName() + "|" + String.format("%02d%02d%d",
                born.getDayOfMonth(), born.getMonthValue(), born.getYear()) + "|"
                + (person.gender() == Gender.MALE ? "Nam" : "Nữ") + "|Hà Nội|10072021";
    }

    /** A CCCD card's QR with this person's number and whatever name and birth date ({@code DDMMYYYY}) were typed. */
    protected static String typedCard(Person person, String name, String birthDate) {
        return person.documentNumber() + "||" + name + "|" + birthDate + "|"
                + (person.gender() == Gender.MALE ? "Nam" : "Nữ") + "|Hà Nội|10072021";
    }

    /** What the audit holds of a client's reads through {@code purpose}: qid, document_number, fields, outcome. */
    protected List<Map<String, Object>> auditOf(String clientId, String purpose) {
        return jdbc.sql("""
                        select scope, qid, document_number, array_to_string(fields, ',') as fields, outcome
                        from audit_record where client_id = :c and purpose = :p order by at, id""")
                .param("c", clientId).param("p", purpose).query().listOfRows();
    }

    protected static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A staff scanner's check-in of what it read. */
    protected HttpResponse<String> staffCheckIn(String staffToken, String text, String direction) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("direction", direction);
        return TestClients.send(port, "POST", CHECKINS, staffToken, json(body));
    }

    /** The visitor's app reports the venue its holder scanned. */
    protected HttpResponse<String> selfCheckIn(String appToken, String holderToken, String venueCode, String direction)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + CHECKINS))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + appToken)
                .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("venueCode", venueCode, "direction", direction))));
        if (holderToken != null) {
            request.header(HolderTokens.HEADER, holderToken);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One event of a batch. */
    protected static Map<String, Object> event(String readerId, long sequence, String text, String direction,
            OffsetDateTime occurredAt) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("readerId", readerId);
        event.put("sequence", sequence);
        event.put("text", text);
        event.put("direction", direction);
        event.put("occurredAt", occurredAt.toString());
        return event;
    }

    protected HttpResponse<String> upload(String staffToken, List<?> events) throws Exception {
        return TestClients.send(port, "POST", BATCH, staffToken, json(Map.of("events", events)));
    }

    /** A batch that must be answered 200: the status of each item, in order. */
    protected List<String> statuses(String staffToken, List<?> events) throws Exception {
        HttpResponse<String> answer = upload(staffToken, events);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<String> statuses = new ArrayList<>();
        TestClients.json(answer.body()).path("results").forEach(result -> statuses.add(result.path("status").asString()));
        return statuses;
    }

    protected HttpResponse<String> history(String token, String venueCode, String query) throws Exception {
        return TestClients.send(port, "GET", "/api/v1/venues/" + venueCode + "/history" + query, token, null);
    }

    /** A history page that must be answered 200. */
    protected JsonNode historyOf(String token, String venueCode, String query) throws Exception {
        HttpResponse<String> page = history(token, venueCode, query);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return TestClients.json(page.body());
    }

    /** A time of yesterday in Vietnam: far enough back for any visit to have closed by itself, within 7 days. */
    protected static OffsetDateTime yesterdayAt(int hour, int minute) {
        return VietnamTime.today().minusDays(1).atTime(hour, minute).atZone(VietnamTime.ZONE).toOffsetDateTime();
    }

    /** As answers and exports write a time: ISO-8601 with its offset, seconds always. */
    protected static String iso(OffsetDateTime at) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    protected static String yesterday() {
        return VietnamTime.today().minusDays(1).toString();
    }
}
