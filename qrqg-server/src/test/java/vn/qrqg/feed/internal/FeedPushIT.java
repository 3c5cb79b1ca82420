package vn.qrqg.feed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.issuance.citizens.CitizensTestSupport;

/**
 * The change feed pushed to an app's endpoint (a server of the test's own on 127.0.0.1; the tests'
 * settings allow it, retry within 100 to 400 ms and pause after 5 failures): signed deliveries,
 * retried until they are taken, paused and resumed without losing anything, exactly what a pull
 * gets; operators see lag and failures.
 */
class FeedPushIT extends CitizensTestSupport {
    private static final String SCOPES = Scopes.QR_ISSUE + " " + Scopes.FEED_READ;
    private static final Duration AT_MOST = Duration.ofSeconds(30);

    @Test
    void anEndpointThatFailsThreeTimesThenRecoversGetsEveryEventOnceEachSigned() throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ);
        String token = app.token(port, SCOPES);
        List<Issued> people = List.of(person(token, "Lương Văn Định", 1941, Gender.MALE),
                person(token, "Lương Thị Hoa", 1942, Gender.FEMALE), person(token, "Lương Văn Khải", 1943, Gender.MALE));
        try (PushEndpointServer endpoint = new PushEndpointServer(3)) {
            JsonNode registered = register(token, endpoint.url());
            String secret = registered.path("secret").asString();
            assertThat(secret).as("32 random bytes, base64url").hasSize(43).matches("[A-Za-z0-9_-]+");
            for (int i = 0; i < people.size(); i++) {
                reissuedByHolder(token, people.get(i).issued(), people.get(i).person().body("\"phone\":\"091200021" + i + "\""));
            }
            List<String> pulled = pull(token, registered.path("since").asString());
            assertThat(pulled).as("a pull from where the push started").hasSize(3);

            assertThat(PushEndpointServer.await(() -> endpoint.accepted().keySet().containsAll(pulled), AT_MOST))
                    .as("every event delivered within %s; deliveries: %s", AT_MOST, endpoint.deliveries().size()).isTrue();
            List<PushEndpointServer.Delivery> deliveries = endpoint.deliveries();
            assertThat(deliveries).extracting(PushEndpointServer.Delivery::answered).startsWith(500, 500, 500).contains(200);
            for (PushEndpointServer.Delivery delivery : deliveries) {
                assertThat(PushEndpointServer.signedWith(secret, delivery)).as("signed with the app's secret").isTrue();
                assertThat(PushEndpointServer.signedWith(secret + "x", delivery)).isFalse();
                assertThat(delivery.deliveryId()).hasSize(36);
                assertThat(Long.parseLong(delivery.timestamp()) * 1000).isCloseTo(System.currentTimeMillis(),
                        org.assertj.core.data.Offset.offset(60_000L));
            }
            assertThat(endpoint.accepted().keySet()).as("after de-duplication: exactly what a pull gets")
                    .containsExactlyInAnyOrderElementsOf(pulled);
            JsonNode item = endpoint.accepted().values().iterator().next();
            assertThat(item.propertyNames()).containsExactly("eventId", "type", "qid", "at", "data");
            assertThat(item.path("type").asString()).isEqualTo("QR_REISSUED");
            assertThat(people).extracting(p -> p.issued().path("qid").asString()).contains(item.path("qid").asString());

            JsonNode view = endpointView(token);
            assertThat(view.path("state").asString()).isEqualTo("ACTIVE");
            assertThat(view.path("failures").asInt()).isZero();
            assertThat(view.path("lag").path("items").asLong()).isZero();
            assertThat(view.has("secret")).as("the secret is shown once only").isFalse();
        }
    }

    @Test
    void aPausedEndpointResumesFromItsCursorAndLosesNothingWhileOperatorsSeeLagAndFailures() throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ);
        String token = app.token(port, SCOPES);
        Issued first = person(token, "Hà Văn Quý", 1944, Gender.MALE);
        Issued second = person(token, "Hà Thị Sen", 1945, Gender.FEMALE);
        try (PushEndpointServer endpoint = new PushEndpointServer(0)) {
            endpoint.failing(true);
            JsonNode registered = register(token, endpoint.url());
            reissuedByHolder(token, first.issued(), first.person().body("\"phone\":\"0912000221\""));
            reissuedByHolder(token, second.issued(), second.person().body("\"phone\":\"0912000222\""));

            assertThat(PushEndpointServer.await(() -> "PAUSED".equals(endpointView(token).path("state").asString()), AT_MOST))
                    .as("paused after 5 failures in a row").isTrue();
            JsonNode paused = endpointView(token);
            assertThat(paused.path("failures").asInt()).isEqualTo(5);
            assertThat(paused.path("lastError").asString()).isEqualTo("HTTP 500");
            int triedWhilePaused = endpoint.deliveries().size();
            assertThat(triedWhilePaused).isEqualTo(5);

            JsonNode row = adminRow(app.appId());
            assertThat(row.path("state").asString()).isEqualTo("PAUSED");
            assertThat(row.path("host").asString()).isEqualTo("127.0.0.1");
            assertThat(row.path("failures").asInt()).isEqualTo(5);
            assertThat(row.path("lastError").asString()).isEqualTo("HTTP 500");
            assertThat(row.path("lag").path("items").asLong()).isEqualTo(2);
            assertThat(row.path("lag").path("oldestAgeSeconds").isNumber()).isTrue();
            assertThat(row.toString()).as("never the endpoint's path, nor its secret").doesNotContain("/qrqg/feed")
                    .doesNotContain("secret");

            Issued third = person(token, "Hà Văn Tùng", 1946, Gender.MALE);
            reissuedByHolder(token, third.issued(), third.person().body("\"phone\":\"0912000223\""));
            Thread.sleep(1000);
            assertThat(endpoint.deliveries()).as("nothing is tried while paused").hasSize(triedWhilePaused);

            endpoint.failing(false);
            HttpResponse<String> resumed = TestClients.send(port, "POST", "/api/v1/feed/endpoint/resume", token, null);
            assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
            assertThat(TestClients.json(resumed.body()).path("state").asString()).isEqualTo("ACTIVE");
            List<String> pulled = pull(token, registered.path("since").asString());
            assertThat(pulled).hasSize(3);
            assertThat(PushEndpointServer.await(() -> endpoint.accepted().keySet().containsAll(pulled), AT_MOST))
                    .as("every event after the cursor, once resumed").isTrue();
            assertThat(endpoint.accepted().keySet()).containsExactlyInAnyOrderElementsOf(pulled);

            assertThat(PushEndpointServer.await(() -> adminRow(app.appId()).path("lag").path("items").asLong() == 0, AT_MOST)).isTrue();
            JsonNode after = adminRow(app.appId());
            assertThat(after.path("state").asString()).isEqualTo("ACTIVE");
            assertThat(after.path("failures").asInt()).isZero();
            assertThat(after.path("lastSuccessAt").asString()).isNotEmpty();
        }
    }

    @Test
    void aBadRegistrationIsNamedFieldByFieldAndAnAppWithoutAnEndpointHasNone() throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.FEED_READ);
        String token = app.token(port, Scopes.FEED_READ);
        HttpResponse<String> bad = TestClients.send(port, "PUT", "/api/v1/feed/endpoint", token,
                "{\"url\":\"ftp://files.example.vn/feed\",\"after\":\"x\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(bad.body()).path("errors").findValuesAsString("field")).containsExactly("url", "after");
        HttpResponse<String> none = TestClients.send(port, "GET", "/api/v1/feed/endpoint", token, null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(TestClients.json(none.body()).path("type").asString()).endsWith("/feed-endpoint-not-found");
        assertThat(TestClients.send(port, "POST", "/api/v1/feed/endpoint/resume", token, null).statusCode()).isEqualTo(404);
        assertThat(TestClients.send(port, "DELETE", "/api/v1/feed/endpoint", token, null).statusCode()).isEqualTo(204);
        assertThat(adminRow(app.appId()).path("state").asString()).isEqualTo("NONE");
        String other = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        assertThat(TestClients.send(port, "PUT", "/api/v1/feed/endpoint", other, "{\"url\":\"https://app.example.vn/\"}")
                .statusCode()).isEqualTo(403);
    }

    private record Issued(Person person, JsonNode issued) {
    }

    private Issued person(String token, String name, int year, Gender gender) throws Exception {
        Person person = registered(name, year, gender);
        return new Issued(person, issued(token, person.body(null)));
    }

    private JsonNode register(String token, String url) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "PUT", "/api/v1/feed/endpoint", token,
                "{\"url\":\"" + url + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }

    private JsonNode endpointView(String token) {
        try {
            HttpResponse<String> response = TestClients.send(port, "GET", "/api/v1/feed/endpoint", token, null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return TestClients.json(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode adminRow(String appId) {
        try {
            HttpResponse<String> response = TestClients.send(port, "GET", "/api/v1/admin/feed/apps",
                    TestClients.adminToken(port), null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            for (JsonNode row : TestClients.json(response.body()).path("items")) {
                if (row.path("appId").asString().equals(appId)) {
                    return row;
                }
            }
            throw new AssertionError("the app is not in the operators' view");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event ids a pull gets after {@code since}, waiting for the sequencer; at most 10 calls. */
    private List<String> pull(String token, String since) throws Exception {
        Set<String> ids = new LinkedHashSet<>();
        String cursor = since;
        for (int call = 0; call < 10; call++) {
            HttpResponse<String> response = TestClients.send(port, "GET", "/api/v1/feed?limit=500&wait=2s&after=" + cursor,
                    token, null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode page = TestClients.json(response.body());
            if (page.path("items").isEmpty() && !ids.isEmpty()) {
                break;
            }
            page.path("items").forEach(item -> ids.add(item.path("eventId").asString()));
            cursor = page.path("next").asString();
        }
        return new ArrayList<>(ids);
    }
}
