package vn.qrqg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.platform.PlatformTestSupport;
import vn.qrqg.venues.TestVenues;

/**
 * Operators search the audit by app, venue, scope, purpose and time, and see the credentials that
 * read unusually many people an hour for their kind. Every record is written today (UTC) with
 * unique ids, so other tests' records never match.
 */
class AuditReviewIT extends PlatformTestSupport {
    private static final String PATH = "/api/v1/admin/audit";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    AuditTrail audit;

    @Test
    void eachFilterNarrowsTheRecordsAndTheyCombine() throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Quán cà phê kiểm toán", "restaurant");
        String staff = TestVenues.staffScanner(port, venue).clientId();
        TestClients.CertifiedApp policeScanner = TestClients.certifiedApp(port, Scopes.SCAN_POLICE, Scopes.SCAN_HEALTH);
        String police = policeScanner.clientId();
        UUID staffApp = UUID.randomUUID();
        UUID policeApp = UUID.fromString(policeScanner.appId());
        String scan = "POST /test/scans/" + UUID.randomUUID();
        String lookUp = "GET /test/people/" + UUID.randomUUID();
        Instant t = recent();
        read(t.minusSeconds(120), staff, staffApp, Scopes.CHECKIN_VENUE, scan);
        read(t.minusSeconds(60), police, policeApp, Scopes.SCAN_POLICE, scan);
        read(t, police, policeApp, Scopes.SCAN_HEALTH, lookUp);
        String lastHour = "&from=" + iso(t.minusSeconds(3600));

        assertThat(clientsFound("?venueCode=" + venue.venueCode().toLowerCase())).containsExactly(staff);
        assertThat(scopesFound("?appId=" + policeApp)).containsExactly("scan:health", "scan:police");
        assertThat(scopesFound("?purpose=" + url(scan) + lastHour)).containsExactly("scan:police", "checkin:venue");
        assertThat(scopesFound("?purpose=" + url(scan) + "&scope=scan:police" + lastHour)).containsExactly("scan:police");
        assertThat(scopesFound("?clientId=" + police + "&scope=scan:health")).containsExactly("scan:health");
        assertThat(scopesFound("?appId=" + policeApp + "&from=" + iso(t.minusSeconds(30)))).containsExactly("scan:health");
        assertThat(scopesFound("?appId=" + policeApp + lastHour + "&to=" + iso(t))).as("to is exclusive")
                .containsExactly("scan:police");
        assertThat(scopesFound("?from=" + iso(t.minusSeconds(60)) + "&to=" + iso(t.minusMillis(59_999))))
                .as("a time range alone").contains("scan:police").doesNotContain("checkin:venue", "scan:health");
        assertThat(query("?venueCode=" + venue.venueCode() + "&scope=scan:police").path("total").asLong()).isZero();
        assertThat(query("?appId=" + UUID.randomUUID()).path("total").asLong()).as("an app the platform does not know")
                .isZero();
    }

    @Test
    void badValuesAreA400NamingEachFieldInTheCallersLanguage() throws Exception {
        String bad = "?appId=app-1&venueCode=XYZ&scope=scan:everything&purpose=" + "x".repeat(201) + "&from=yesterday";
        JsonNode english = problem(bad, "en");
        assertThat(fields(english)).containsExactly("appId", "venueCode", "scope", "purpose", "from");
        assertThat(english.path("errors").get(4).path("message").asString())
                .isEqualTo("must be an ISO-8601 time with an offset, e.g. 2021-09-11T08:30:00+07:00");
        JsonNode vietnamese = problem(bad, "vi");
        assertThat(fields(vietnamese)).containsExactly("appId", "venueCode", "scope", "purpose", "from");
        assertThat(vietnamese.path("errors").get(0).path("message").asString())
                .isEqualTo("không phải mã ứng dụng (một UUID, như GET /api/v1/admin/apps liệt kê)");
        assertThat(vietnamese.path("errors").get(4).path("message").asString())
                .isEqualTo("phải là thời điểm ISO-8601 kèm múi giờ, ví dụ 2021-09-11T08:30:00+07:00");
        JsonNode backwards = problem("?clientId=x&from=" + iso(Instant.now()) + "&to=" + iso(Instant.now().minusSeconds(60)), "vi");
        assertThat(fields(backwards)).containsExactly("to");
        assertThat(backwards.path("errors").get(0).path("message").asString()).isEqualTo("phải sau thời điểm bắt đầu (from)");
    }

    @Test
    void withoutQidClientIdOrVenueTheTimeRangeIsRequiredAndAtMostSevenDays() throws Exception {
        Instant now = Instant.now();
        JsonNode tooLong = problem("?from=" + iso(now.minus(Duration.ofDays(8))) + "&to=" + iso(now), "en");
        assertThat(fields(tooLong)).containsExactly("to");
        assertThat(tooLong.path("errors").get(0).path("message").asString())
                .isEqualTo("must be at most 7 days after from, unless qid, clientId, appId or venueCode is given");
        JsonNode openEnded = problem("?scope=scan:police&from=" + iso(now.minus(Duration.ofDays(8))), "vi");
        assertThat(fields(openEnded)).as("to defaults to now").containsExactly("to");
        assertThat(fields(problem("?scope=scan:police", "en"))).containsExactly("from");
        assertThat(fields(problem("?size=5", "en"))).as("no filter at all: as before").containsExactly("qid", "clientId");
        assertThat(query("?clientId=" + UUID.randomUUID() + "&from=" + iso(now.minus(Duration.ofDays(8)))).path("total")
                .asLong()).as("a client's reads are found through their index: any range").isZero();
        assertThat(query("?from=" + iso(now.minus(Duration.ofDays(7))) + "&to=" + iso(now)).path("size").asInt()).isEqualTo(20);
    }

    @Test
    void aStaffReadingTwoHundredPeopleInAnHourStandsOutButNotOneReadingTheSamePersonNorAnOfficial() throws Exception {
        Instant t = recent().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
        Instant start = t.isBefore(today()) ? today() : t;
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people(entries, start, "staff-" + UUID.randomUUID(), Scopes.CHECKIN_VENUE, 3 + i % 8);
        }
        String busy = "staff-busy-" + UUID.randomUUID();
        people(entries, start, busy, Scopes.CHECKIN_VENUE, 200);
        String regular = "staff-regular-" + UUID.randomUUID();
        String qid = Qid.generate().value();
        for (int i = 0; i < 200; i++) {
            entries.add(new AuditEntry(start.plusNanos(i * 1000L), regular, UUID.randomUUID(), Scopes.CHECKIN_VENUE, qid,
                    null, List.of("shortName"), "POST /api/v1/checkins", "CHECKED_IN"));
        }
        for (int i = 0; i < 8; i++) {
            people(entries, start, "police-" + UUID.randomUUID(), Scopes.SCAN_POLICE, 150 + i * 5);
        }
        String official = "police-busy-" + UUID.randomUUID();
        people(entries, start, official, Scopes.SCAN_POLICE, 200);
        audit.recordAll(entries);

        // one second holds all of them: no other test's records weigh in
        JsonNode review = query("/unusual-readers?from=" + iso(start) + "&to=" + iso(start.plusSeconds(1)));
        JsonNode staff = kind(review, "VENUE_STAFF");
        assertThat(staff.path("median").asDouble()).isBetween(3.0, 10.0);
        assertThat(staff.path("threshold").asDouble()).isBetween(20.0, 199.0);
        assertThat(flagged(staff)).containsExactly(busy);
        JsonNode reader = staff.path("flagged").get(0);
        assertThat(reader.path("peakCount").asLong()).isEqualTo(200);
        assertThat(Instant.parse(reader.path("peakHour").asString())).isEqualTo(start.truncatedTo(ChronoUnit.HOURS));
        assertThat(reader.path("hours").get(0).path("people").asLong()).isEqualTo(200);
        JsonNode officials = kind(review, "OFFICIAL");
        assertThat(officials.path("threshold").asDouble()).as("officials read more: their own bar").isGreaterThan(200);
        assertThat(flagged(officials)).isEmpty();
        assertThat(review.path("floor").asInt()).isEqualTo(20);
    }

    @Test
    void theReviewIsTheLastDayUnlessAskedAndAtMostSevenDaysForOperatorsOnly() throws Exception {
        JsonNode review = query("/unusual-readers");
        assertThat(Duration.between(Instant.parse(review.path("from").asString()), Instant.parse(review.path("to").asString())))
                .isEqualTo(Duration.ofHours(24));
        assertThat(review.path("kinds").size()).isEqualTo(2);
        Instant now = Instant.now();
        assertThat(fields(problem("/unusual-readers?from=" + iso(now.minus(Duration.ofDays(8))), "en"))).containsExactly("to");
        assertThat(fields(problem("/unusual-readers?from=soon", "en"))).containsExactly("from");
        String scanner = TestClients.certifiedApp(port, Scopes.SCAN_POLICE).token(port, Scopes.SCAN_POLICE);
        for (String path : List.of("/unusual-readers", "/purposes", "?scope=scan:police&from=" + iso(now))) {
            assertThat(TestClients.send(port, "GET", PATH + path, scanner, null).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void theFiltersChoicesAreTheScopesAndThePurposesSeenLately() throws Exception {
        JsonNode choices = query("/purposes");
        List<String> scopes = new ArrayList<>();
        choices.path("scopes").forEach(scope -> scopes.add(scope.asString()));
        assertThat(scopes).contains("scan:police", "checkin:venue").isSorted();
        assertThat(choices.path("purposes").isArray()).isTrue();
    }

    /** Now, or a moment after midnight (UTC) early in the day: yesterday's partition may be sealed. */
    private static Instant recent() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return now.minusSeconds(180).isBefore(today()) ? today().plusSeconds(180) : now;
    }

    private static Instant today() {
        return Instant.now().truncatedTo(ChronoUnit.DAYS);
    }

    private void read(Instant at, String clientId, UUID appId, String scope, String purpose) {
        audit.record(new AuditEntry(at, clientId, appId, scope, Qid.generate().value(), null, List.of("shortName"),
                purpose, "VALID"));
    }

    /** {@code count} different people read by {@code clientId} within a few milliseconds of {@code at}. */
    private static void people(List<AuditEntry> entries, Instant at, String clientId, String scope, int count) {
        UUID appId = UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            entries.add(new AuditEntry(at.plusNanos(i * 1000L), clientId, appId, scope, Qid.generate().value(), null,
                    List.of("shortName"), "POST /api/v1/scans", "VALID"));
        }
    }

    private JsonNode query(String parameters) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "GET", PATH + parameters, TestClients.adminToken(port), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }

    private JsonNode problem(String parameters, String language) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH
                        + parameters)).header("Authorization", "Bearer " + TestClients.adminToken(port))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return TestClients.json(response.body());
    }

    private List<String> clientsFound(String parameters) throws Exception {
        List<String> found = new ArrayList<>();
        query(parameters).path("items").forEach(item -> found.add(item.path("clientId").asString()));
        return found;
    }

    private List<String> scopesFound(String parameters) throws Exception {
        List<String> found = new ArrayList<>();
        query(parameters).path("items").forEach(item -> found.add(item.path("scope").asString()));
        return found;
    }

    private static JsonNode kind(JsonNode review, String kind) {
        for (JsonNode each : review.path("kinds")) {
            if (each.path("kind").asString().equals(kind)) {
                return each;
            }
        }
        throw new AssertionError("no kind " + kind + " in " + review);
    }

    private static List<String> flagged(JsonNode kind) {
        List<String> clients = new ArrayList<>();
        kind.path("flagged").forEach(reader -> clients.add(reader.path("clientId").asString()));
        return clients;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    private static String iso(Instant at) {
        return at.toString();
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
