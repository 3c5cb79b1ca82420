package vn.qrqg.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.feedback.FeedbackTestSupport;
import vn.qrqg.holders.HolderTokens;

/**
 * {@code Idempotency-Key} over HTTP on the API's writes: a repeat stores nothing more and gets the
 * first answer; a concurrent repeat waits its turn (409); another body is 422; another app's key
 * is its own; no header, as before.
 */
class IdempotencyKeyIT extends FeedbackTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    private IdempotencyHousekeeping housekeeping;

    private HttpResponse<String> post(String token, String holderToken, String path, String json, String key)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json));
        if (holderToken != null) {
            request.header(HolderTokens.HEADER, holderToken);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> checkIn(String token, Visitor visitor, String venueCode, String key) throws Exception {
        return post(token, visitor.holderToken(), CHECKINS, json(Map.of("venueCode", venueCode, "direction", "IN")),
                key);
    }

    private long checkInsAt(String venueCode) {
        return jdbc.sql("select count(*) from checkins_event where venue_code = :v").param("v", venueCode)
                .query(Long.class).single();
    }

    @Test
    void aCheckInRepeatedWithTheSameKeyIsStoredOnceAndAnsweredAlike() throws Exception {
        TestVenue venue = venue("RESTAURANT");
        Visitor visitor = visitor("Lê Văn Tâm");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = checkIn(appToken(), visitor, venue.code(), key);
        HttpResponse<String> again = checkIn(appToken(), visitor, venue.code(), "\"" + key + "\"");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Cache-Control")).isEqualTo(first.headers().firstValue("Cache-Control"));
        assertThat(checkInsAt(venue.code())).isEqualTo(1);
    }

    @Test
    void withoutTheHeaderEachCheckInIsStoredAsBefore() throws Exception {
        TestVenue venue = venue("RESTAURANT");
        Visitor visitor = visitor("Lê Văn Tâm");

        assertThat(checkIn(appToken(), visitor, venue.code(), null).statusCode()).isEqualTo(201);
        assertThat(checkIn(appToken(), visitor, venue.code(), null).statusCode()).isEqualTo(201);

        assertThat(checkInsAt(venue.code())).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndStoresNothing() throws Exception {
        TestVenue venue = venue("RESTAURANT");
        TestVenue other = venue("RESTAURANT");
        Visitor visitor = visitor("Lê Văn Tâm");
        String key = UUID.randomUUID().toString();
        assertThat(checkIn(appToken(), visitor, venue.code(), key).statusCode()).isEqualTo(201);

        HttpResponse<String> refused = checkIn(appToken(), visitor, other.code(), key);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(type(refused)).isEqualTo("https://qrqg.vn/problems/idempotency-key-reused");
        assertThat(checkInsAt(other.code())).isZero();
    }

    @Test
    void anotherAppsSameKeyIsAnotherKey() throws Exception {
        TestVenue venue = venue("RESTAURANT");
        TestClients.CertifiedApp otherApp = TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.CHECKIN_SELF);
        Visitor mine = visitor("Lê Văn Tâm");
        var theirs = issued(otherApp.token(port, Scopes.QR_ISSUE),
                registered("Trần Thị Lan", 1980, vn.qrqg.codec.Gender.FEMALE).body(null));
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = checkIn(appToken(), mine, venue.code(), key);
        HttpResponse<String> other = post(otherApp.token(port, Scopes.CHECKIN_SELF), theirs.path("holderToken").asString(),
                CHECKINS, json(Map.of("venueCode", venue.code(), "direction", "IN")), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
        assertThat(other.body()).isNotEqualTo(first.body());
        assertThat(checkInsAt(venue.code())).isEqualTo(2);
    }

    @Test
    void concurrentRepeatsStoreOnceAndEachGetsTheAnswerOrIsToldItIsInProgress() throws Exception {
        TestVenue venue = venue("RESTAURANT");
        Visitor visitor = visitor("Lê Văn Tâm");
        String key = UUID.randomUUID().toString();
        String token = appToken();
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (ExecutorService taps = Executors.newFixedThreadPool(6)) {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(taps.submit((Callable<HttpResponse<String>>) () -> checkIn(token, visitor, venue.code(), key)));
            }
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
        }

        List<HttpResponse<String>> created = answers.stream().filter(a -> a.statusCode() == 201).toList();
        assertThat(created).isNotEmpty();
        assertThat(created).allSatisfy(a -> assertThat(a.body()).isEqualTo(created.getFirst().body()));
        assertThat(answers).filteredOn(a -> a.statusCode() != 201).allSatisfy(a -> {
            assertThat(a.statusCode()).isEqualTo(409);
            assertThat(type(a)).isEqualTo("https://qrqg.vn/problems/idempotency-key-in-use");
            assertThat(a.headers().firstValue("Retry-After")).contains("1");
        });
        assertThat(checkInsAt(venue.code())).isEqualTo(1);
        assertThat(checkIn(token, visitor, venue.code(), key).body()).isEqualTo(created.getFirst().body());
    }

    /** Puts the newest key back in progress, as if its first request were still running since {@code ago}. */
    private void newestKeyInProgressSince(Duration ago) {
        int changed = asOwner().sql("""
                update platform_idempotency set answer = null, started_at = :at
                where (caller, key_hash) = (select caller, key_hash from platform_idempotency
                                            order by started_at desc limit 1)""")
                .param("at", Timestamp.from(Instant.now().minus(ago))).update();
        assertThat(changed).isEqualTo(1);
    }

    @Test
    void aRepeatWhileTheFirstIsInProgressIs409WithRetryAfterAndStoresNothing() throws Exception {
        TestVenue venue = venue("RESTAURANT");
        Visitor visitor = visitor("Lê Văn Tâm");
        String key = UUID.randomUUID().toString();
        assertThat(checkIn(appToken(), visitor, venue.code(), key).statusCode()).isEqualTo(201);
        newestKeyInProgressSince(Duration.ofSeconds(5));

        HttpResponse<String> busy = checkIn(appToken(), visitor, venue.code(), key);

        assertThat(busy.statusCode()).isEqualTo(409);
        assertThat(type(busy)).isEqualTo("https://qrqg.vn/problems/idempotency-key-in-use");
        assertThat(busy.headers().firstValue("Retry-After")).contains("1");
        assertThat(checkInsAt(venue.code())).isEqualTo(1);
    }

    @Test
    void aFirstRequestThatNeverFinishedFreesItsKeyAfterAWhile() throws Exception {
        TestVenue venue = venue("RESTAURANT");
        Visitor visitor = visitor("Lê Văn Tâm");
        String key = UUID.randomUUID().toString();
        assertThat(checkIn(appToken(), visitor, venue.code(), key).statusCode()).isEqualTo(201);
        newestKeyInProgressSince(Duration.ofMinutes(3)); // its instance stopped mid-way

        assertThat(checkIn(appToken(), visitor, venue.code(), key).statusCode()).isEqualTo(201);

        assertThat(checkInsAt(venue.code())).isEqualTo(2);
    }

    @Test
    void aHealthDeclarationRepeatedWithTheSameKeyIsStoredOnce() throws Exception {
        Visitor visitor = visitor("Lê Văn Tâm");
        String body = "{\"symptoms\":[\"COUGH\"],\"contactWithConfirmedCase\":false,\"placesVisited\":[]}";
        String key = UUID.randomUUID().toString();
        String token = visitorsApp().token(port, Scopes.QR_ISSUE);

        HttpResponse<String> first = post(token, visitor.holderToken(), "/api/v1/declarations/health", body, key);
        HttpResponse<String> again = post(token, visitor.holderToken(), "/api/v1/declarations/health", body, key);
        HttpResponse<String> unkeyed = post(token, visitor.holderToken(), "/api/v1/declarations/health", body, null);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(unkeyed.statusCode()).isEqualTo(201);
        HttpResponse<String> mine = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/declarations/mine")).header("Authorization", "Bearer " + token)
                .header(HolderTokens.HEADER, visitor.holderToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(TestClients.json(mine.body()).path("total").asInt()).isEqualTo(2);
    }

    @Test
    void aFeedbackReportRepeatedWithTheSameKeyIsStoredOnceAndItsAnswerIsKeptSealed() throws Exception {
        Visitor visitor = citizenOf(QUANG_TRI);
        String body = json(Map.of("category", "APP_PROBLEM", "text", "Ứng dụng không mở được mã QR."));
        String key = UUID.randomUUID().toString();
        String token = visitorsApp().token(port, Scopes.QR_ISSUE);

        HttpResponse<String> first = post(token, visitor.holderToken(), feedbackPath(visitor), body, key);
        HttpResponse<String> again = post(token, visitor.holderToken(), feedbackPath(visitor), body, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(reportsOf(visitor)).hasSize(1);
        String trackingNumber = TestClients.json(first.body()).path("trackingNumber").asString();
        List<byte[]> stored = jdbc.sql("select answer from platform_idempotency where answer is not null")
                .query(byte[].class).list();
        assertThat(stored).noneSatisfy(answer -> assertThat(new String(answer, StandardCharsets.ISO_8859_1))
                .contains(trackingNumber));
    }

    @Test
    void aKeyThatIsNoVisibleTextIsRefusedByName() throws Exception {
        TestVenue venue = venue("RESTAURANT");
        Visitor visitor = visitor("Lê Văn Tâm");

        HttpResponse<String> refused = checkIn(appToken(), visitor, venue.code(), "x".repeat(256));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(refused.body()).path("errors").get(0).path("field").asString())
                .isEqualTo("Idempotency-Key");
        assertThat(checkInsAt(venue.code())).isZero();
    }

    @Test
    void aKeyPastItsRetentionIsDeletedByTheHousekeeping() throws Exception {
        TestVenue venue = venue("RESTAURANT");
        Visitor visitor = visitor("Lê Văn Tâm");
        String key = UUID.randomUUID().toString();
        assertThat(checkIn(appToken(), visitor, venue.code(), key).statusCode()).isEqualTo(201);

        assertThat(housekeeping.deleteExpired(Instant.now().plus(Duration.ofHours(25)))).isPositive();

        assertThat(checkIn(appToken(), visitor, venue.code(), key).statusCode()).isEqualTo(201);
        assertThat(checkInsAt(venue.code())).isEqualTo(2);
    }
}
